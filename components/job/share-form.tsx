'use client';

import { useId, useState, type FormEvent } from 'react';
import { useSWRConfig } from 'swr';
import { Button } from '@/components/ui/button';
import { apiJson } from '@/lib/api/api-client';
import { jobResources } from '@/lib/job/job-resources';
import { RescaleError } from '@/lib/rescale/errors';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Job, ShareResult } from '@/lib/rescale/types';
import { describeFailure } from '@/lib/rescale/failure';
import { shareRecipientProblem } from '@/lib/job/share-domain';

const inputClasses =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900';

/** Share by email; shows what the platform answered, and keeps what was typed on failure. */
export function ShareForm({
  job,
  viewerEmail,
  onClose,
}: {
  job: Job;
  viewerEmail: string;
  onClose: () => void;
}) {
  const { mutate } = useSWRConfig();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ShareResult | null>(null);
  const [error, setError] = useState<{ text: string; email?: string; message?: string } | null>(null);
  const emailId = useId();
  const messageId = useId();
  const emailErrorId = useId();

  async function share(event: FormEvent) {
    event.preventDefault();
    setAnswer(null);
    const problem = shareRecipientProblem(email, viewerEmail);
    if (problem) {
      setError({ text: `The job was not shared: ${problem}`, email: problem });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await apiJson<ShareResult>(proxyUrl(rescalePaths.jobShare(job.id)), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email.trim(), message }),
      });
      setAnswer(result);
      setEmail('');
      setMessage('');
      await mutate(jobResources.summary(job.name).key);
    } catch (caught) {
      const fields = caught instanceof RescaleError ? caught.fieldErrors : {};
      setError({
        text: fields.email
          ? `Rescale refused to share the job: ${fields.email.join(' ')}`
          : describeFailure(caught, { action: 'share the job' }),
        email: fields.email?.join(' '),
        message: fields.message?.join(' '),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={share}
      aria-label="Share this job"
      className="flex max-w-xl flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={emailId} className="text-sm font-medium">
          Colleague’s email
        </label>
        <input
          id={emailId}
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error?.email ? true : undefined}
          aria-describedby={error?.email ? emailErrorId : undefined}
          className={inputClasses}
        />
        {error?.email && (
          <p id={emailErrorId} className="text-sm text-red-700 dark:text-red-300">
            {error.email}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={messageId} className="text-sm font-medium">
          Message <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </label>
        <textarea
          id={messageId}
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          className={inputClasses}
        />
        {error?.message && <p className="text-sm text-red-700 dark:text-red-300">{error.message}</p>}
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Sharing…' : 'Share'}
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error.text}
        </p>
      )}
      {answer && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Rescale shared the job with {answer.recipient}
          {answer.supportDesk ? ' (a support desk)' : ''}. Send them this page’s link; it opens for them once
          they sign in.
        </p>
      )}
    </form>
  );
}
