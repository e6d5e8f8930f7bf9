'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useSWRConfig } from 'swr';
import { Button, buttonClasses } from '@/components/ui/button';
import { lazyComponent } from '@/components/ui/lazy-component';
import { apiFetch } from '@/lib/api/api-client';
import { jobResources } from '@/lib/job/job-resources';
import { PROXY_PREFIX, proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Job } from '@/lib/rescale/types';
import { describeFailure } from '@/lib/rescale/failure';
import { rememberDeletedJob } from '@/lib/job/deleted-jobs';
import { jobCommands } from '@/lib/job/job-requests';
import { isSuccessfulCompletion, isTerminalJobStatus } from '@/lib/rescale/status';
import { useJobStatus } from './job-status-context';

/* Opened by few and only on demand: their code loads then. */
const ShareForm = lazyComponent(
  () => import('./share-form').then((module) => module.ShareForm),
  <p className="text-sm">Opening the share form…</p>,
);
const RenameForm = lazyComponent(
  () => import('./rename-form').then((module) => module.RenameForm),
  <p className="text-sm">Opening the rename form…</p>,
);
const ConfirmDialog = lazyComponent(() => import('./confirm-dialog').then((module) => module.ConfirmDialog));

type Pending = 'submit' | 'stop' | 'delete' | null;

export function JobActions({ job, viewerEmail }: { job: Job; viewerEmail: string }) {
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const { latest, active, statuses } = useJobStatus();
  const [confirming, setConfirming] = useState<'stop' | 'delete' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [sharing, setSharing] = useState(false);
  const [renaming, setRenaming] = useState(false);
  // Once asked for, the dialogs stay mounted, so closing one hands focus back as a dialog does.
  const [confirmUsed, setConfirmUsed] = useState(false);
  if (confirming !== null && !confirmUsed) setConfirmUsed(true);
  const deleteReasonId = useId();
  const stopReasonId = useId();

  const isOwner = job.owner === viewerEmail;
  const saved = latest === null;
  // The platform refuses a second stop while the first is under way (400 "already stopping").
  const stopping = latest?.status === 'Stopping';
  const canRunAgain =
    latest !== null &&
    isTerminalJobStatus(latest.status) &&
    !isSuccessfulCompletion(latest.status, latest.statusReason);

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
      // A refusal usually means the page is behind the job: catch up with it.
      void refreshStatuses();
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
      jobCommands.stop.action,
      () => jobCommands.stop.send(job.id),
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
      jobCommands.delete.action,
      () => jobCommands.delete.send(job.id),
      async () => {
        rememberDeletedJob({ id: job.id, name: job.name });
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

  const confirmations = [
    {
      kind: 'stop',
      title: `Stop “${job.name}”?`,
      confirmLabel: 'Stop job',
      onConfirm: stop,
      consequence:
        'Rescale ends every run still in progress and uploads what they have written so far. This cannot be undone.',
    },
    {
      kind: 'delete',
      title: `Delete “${job.name}”?`,
      confirmLabel: 'Delete job',
      onConfirm: remove,
      consequence:
        'Rescale removes the job for you and for everyone it is shared with. This cannot be undone.',
    },
  ] as const;

  const deleteBlocked = !active
    ? null
    : stopping
      ? 'Rescale cannot delete a job while it runs (it is Stopping). It can be deleted once it has stopped.'
      : `Rescale cannot delete a job while it runs (it is ${latest?.status}). Stop it or wait for it to finish.`;

  return (
    <section aria-label="Job actions" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-2">
        {isOwner && saved && (
          <Button variant="primary" onClick={submit} disabled={pending !== null}>
            {pending === 'submit' ? 'Submitting…' : 'Submit'}
          </Button>
        )}
        {isOwner && saved && (
          <Link
            href={`/jobs/new?edit=${encodeURIComponent(job.id)}`}
            prefetch={false}
            className={buttonClasses('secondary')}
          >
            Edit
          </Link>
        )}
        {isOwner && active && (
          <Button
            onClick={() => setConfirming('stop')}
            disabled={stopping || pending !== null}
            aria-describedby={stopping ? stopReasonId : undefined}
          >
            Stop
          </Button>
        )}
        {canRunAgain && (
          <Link
            href={`/jobs/new?clone=${encodeURIComponent(job.id)}&again=1`}
            prefetch={false}
            className={buttonClasses('secondary')}
          >
            Run again
          </Link>
        )}
        {isOwner && (
          <Button onClick={() => setRenaming((open) => !open)} aria-expanded={renaming}>
            Rename
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
      {isOwner && stopping && (
        <p id={stopReasonId} className="text-sm text-slate-600 dark:text-slate-300">
          Stop is unavailable: Rescale is already stopping this job.
        </p>
      )}
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
      {renaming && <RenameForm job={job} onClose={() => setRenaming(false)} />}
      {sharing && <ShareForm job={job} viewerEmail={viewerEmail} onClose={() => setSharing(false)} />}
      {confirmUsed &&
        confirmations.map(({ kind, title, confirmLabel, onConfirm, consequence }) => (
          <ConfirmDialog
            key={kind}
            open={confirming === kind}
            title={title}
            confirmLabel={confirmLabel}
            busy={pending === kind}
            onConfirm={onConfirm}
            onCancel={() => setConfirming(null)}
          >
            {consequence}
          </ConfirmDialog>
        ))}
    </section>
  );
}
