'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { endedWords, showJobEnded } from '@/lib/watch/job-notification';
import { useTitleMark } from '@/lib/watch/use-title-mark';
import { useWatchedJobEnd } from '@/lib/watch/use-watched-job-end';
import { useWatchState, watchListFor } from '@/lib/watch/use-watch-list';
import type { EndedJob, WatchList } from '@/lib/watch/watch-list';
import { WatchNotices } from './watch-notices';

/**
 * Loaded once the region has a watch: follows each watched job, notifies once when one
 * ends, marks the title of a hidden tab and shows the endings on the page.
 */
export function WatchRunner({ region }: { region: string }) {
  const list = watchListFor(region);
  const { watching, ended } = useWatchState(region);
  const router = useRouter();
  const [announced, setAnnounced] = useState('');
  useTitleMark(list);

  useEffect(
    () => list.onEnded((job) => setAnnounced(`${job.name || job.id} ended: ${endedWords(job)}`)),
    [list],
  );

  const notify = useCallback(
    (job: EndedJob) =>
      showJobEnded(job, () => {
        window.focus();
        router.push(`/jobs/${encodeURIComponent(job.id)}`);
      }),
    [router],
  );

  return (
    <>
      {watching.map((job) => (
        <WatchedJob key={job.id} list={list} jobId={job.id} onNotify={notify} />
      ))}
      <p role="status" className="sr-only" data-testid="watch-announcer">
        {announced}
      </p>
      <WatchNotices ended={ended} onDismiss={(jobId) => list.dismiss(jobId)} />
    </>
  );
}

function WatchedJob({
  list,
  jobId,
  onNotify,
}: {
  list: WatchList;
  jobId: string;
  onNotify: (job: EndedJob) => void;
}) {
  useWatchedJobEnd(list, jobId, onNotify);
  return null;
}
