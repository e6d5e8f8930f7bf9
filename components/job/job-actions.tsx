'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useSWRConfig } from 'swr';
import { Button, buttonClasses } from '@/components/ui/button';
import { apiFetch } from '@/lib/api/api-client';
import { jobResources } from '@/lib/job/job-resources';
import { PROXY_PREFIX, proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Job } from '@/lib/rescale/types';
import { describeFailure } from '@/lib/rescale/failure';
import { ConfirmDialog } from './confirm-dialog';
import { useJobStatus } from './job-status-context';

/** Opened by few and only on demand: its code loads then. */
const ShareForm = dynamic(() => import('./share-form').then((module) => module.ShareForm), {
  loading: () => <p className="text-sm">Opening the share form…</p>,
});

type Pending = 'submit' | 'stop' | 'delete' | null;

export function JobActions({ job, viewerEmail }: { job: Job; viewerEmail: string }) {
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const { latest, active, statuses } = useJobStatus();
  const [confirming, setConfirming] = useState<'stop' | 'delete' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [sharing, setSharing] = useState(false);
  const deleteReasonId = useId();

  const isOwner = job.owner === viewerEmail;
  const saved = latest === null;

  /** A poll already under way answers from before the action; the scheduler then asks once more. */
  async function refreshStatuses() {
    await Promise.all([statuses.mutate(), mutate(jobResources.clusterStatuses(job.id).key)]);
  }

  async function run(
    kind: Exclude<Pending, null>,
    verb: string,
    request: () => Promise<unknown>,
    after: () => Promise<void> | void,
  ) {
    setPending(kind);
    setMessage(null);
    try {
      await request();
      setConfirming(null);
      await after();
    } catch (error) {
      setConfirming(null);
      setMessage({ tone: 'error', text: describeFailure(error, { action: verb }) });
    } finally {
      setPending(null);
    }
  }

  const submit = () =>
    run(
      'submit',
      'submit the job',
      () => apiFetch(proxyUrl(rescalePaths.jobSubmit(job.id)), { method: 'POST' }),
      async () => {
        setMessage({ tone: 'ok', text: 'Submitted. Rescale is starting the job; its status updates below.' });
        await refreshStatuses();
      },
    );

  const stop = () =>
    run(
      'stop',
      'stop the job',
      () => apiFetch(proxyUrl(rescalePaths.jobStop(job.id)), { method: 'POST' }),
      async () => {
        setMessage({
          tone: 'ok',
          text: 'Stop requested. Rescale is stopping the job; its status updates as it does.',
        });
        await refreshStatuses();
      },
    );

  const remove = () =>
    run(
      'delete',
      'delete the job',
      () => apiFetch(proxyUrl(rescalePaths.job(job.id)), { method: 'DELETE' }),
      async () => {
        // Every cached jobs list still shows the job.
        await mutate(
          (cached) => typeof cached === 'string' && cached.startsWith(`${PROXY_PREFIX}v2/jobs/?`),
          undefined,
          {
            revalidate: true,
          },
        );
        router.push('/jobs');
      },
    );

  const deleteBlocked = active
    ? `Rescale cannot delete a job while it runs (it is ${latest?.status}). Stop it or wait for it to finish.`
    : null;

  return (
    <section aria-label="Job actions" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-2">
        {isOwner && saved && (
          <Button variant="primary" onClick={submit} disabled={pending !== null}>
            {pending === 'submit' ? 'Submitting…' : 'Submit'}
          </Button>
        )}
        {isOwner && active && (
          <Button onClick={() => setConfirming('stop')} disabled={pending !== null}>
            Stop
          </Button>
        )}
        {isOwner && (
          <Button onClick={() => setSharing((open) => !open)} aria-expanded={sharing}>
            Share
          </Button>
        )}
        <Link
          href={`/jobs/new?clone=${encodeURIComponent(job.id)}`}
          prefetch={false}
          className={buttonClasses('secondary')}
        >
          Clone
        </Link>
        {isOwner && (
          <Button
            variant="danger"
            onClick={() => setConfirming('delete')}
            disabled={deleteBlocked !== null || pending !== null}
            aria-describedby={deleteBlocked ? deleteReasonId : undefined}
          >
            Delete
          </Button>
        )}
      </div>
      {isOwner && deleteBlocked && (
        <p id={deleteReasonId} className="text-sm text-slate-600 dark:text-slate-300">
          Delete is unavailable: {deleteBlocked}
        </p>
      )}
      {!isOwner && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {job.owner} shared this job with you; only they can submit, stop, share or delete it.
        </p>
      )}
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={
            message.tone === 'error'
              ? 'text-sm text-red-700 dark:text-red-300'
              : 'text-sm text-emerald-800 dark:text-emerald-300'
          }
        >
          {message.text}
        </p>
      )}
      {sharing && <ShareForm job={job} onClose={() => setSharing(false)} />}
      <ConfirmDialog
        open={confirming === 'stop'}
        title={`Stop “${job.name}”?`}
        confirmLabel="Stop job"
        busy={pending === 'stop'}
        onConfirm={stop}
        onCancel={() => setConfirming(null)}
      >
        Rescale ends every run still in progress and uploads what they have written so far. This cannot be
        undone.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete “${job.name}”?`}
        confirmLabel="Delete job"
        busy={pending === 'delete'}
        onConfirm={remove}
        onCancel={() => setConfirming(null)}
      >
        Rescale removes the job for you and for everyone it is shared with. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
