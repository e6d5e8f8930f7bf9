'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { apiJson } from '@/lib/api/api-client';
import { RescaleError } from '@/lib/rescale/errors';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Job } from '@/lib/rescale/types';
import { describeFailure } from '@/lib/rescale/failure';

const inputClasses =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900';

/** Renames a job of the viewer's (`PATCH jobs/{id}/`), in any state: the platform allows it. */
export function RenameForm({ job, onClose }: { job: Job; onClose: () => void }) {
  const router = useRouter();
  const [name, setName] = useState(job.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const nameId = useId();
  const errorId = useId();

  async function rename(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError({ text: 'The job was not renamed.', field: 'Give the job a name.' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await apiJson(proxyUrl(rescalePaths.job(job.id)), {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: trimmed }),
      });
      onClose();
      router.refresh();
    } catch (caught) {
      const field = caught instanceof RescaleError ? caught.fieldErrors.name?.join(' ') : undefined;
      setError({ text: describeFailure(caught, { action: 'rename the job' }), field });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={rename}
      aria-label="Rename this job"
      className="flex max-w-xl flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={nameId} className="text-sm font-medium">
          New name
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error?.field ? true : undefined}
          aria-describedby={error?.field ? errorId : undefined}
          className={inputClasses}
        />
        {error?.field && (
          <p id={errorId} className="text-sm text-red-700 dark:text-red-300">
            {error.field}
          </p>
        )}
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Renaming…' : 'Rename'}
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
      {error && !error.field && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error.text}
        </p>
      )}
    </form>
  );
}
