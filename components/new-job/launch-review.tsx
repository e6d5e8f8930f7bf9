'use client';

import { ConfirmDialog } from '@/components/job/confirm-dialog';
import { findAnalysis, findCoreType, findVersion, type Catalogue } from '@/lib/new-job/catalogue';
import { estimatePrice, formatUsd } from '@/lib/new-job/price';
import type { JobCreate } from '@/lib/rescale/types';
import { formatBytes } from '@/lib/ui/format';
import type { JobForm } from '@/lib/new-job/form';

type LaunchReviewProps = {
  open: boolean;
  body: JobCreate | null;
  form: JobForm;
  catalogue: Catalogue;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

const termClasses = 'text-slate-600 dark:text-slate-400';

/**
 * What is about to start billing, said once more before it does: software, hardware,
 * command, inputs, walltime and what that can cost.
 */
export function LaunchReview({ open, body, form, catalogue, busy, onConfirm, onCancel }: LaunchReviewProps) {
  const jobAnalysis = body?.jobanalyses[0];
  const analysis = jobAnalysis ? findAnalysis(catalogue, jobAnalysis.analysis.code) : undefined;
  const version =
    analysis && jobAnalysis?.analysis.version
      ? findVersion(analysis, jobAnalysis.analysis.version)
      : undefined;
  const hardware = jobAnalysis?.hardware;
  const coreType = hardware ? findCoreType(catalogue, hardware.coreType) : undefined;
  const slots = hardware?.slots ?? 1;
  const price = hardware
    ? estimatePrice(coreType, hardware.coresPerSlot, slots, hardware.walltime ?? null)
    : null;

  return (
    <ConfirmDialog
      open={open && body !== null}
      title={`Submit “${body?.name ?? ''}”?`}
      confirmLabel="Submit job"
      confirmVariant="primary"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2" data-testid="launch-review">
        <dt className={termClasses}>Software</dt>
        <dd>
          {analysis?.name ?? jobAnalysis?.analysis.code} {version?.version ?? jobAnalysis?.analysis.version}
        </dd>
        <dt className={termClasses}>Hardware</dt>
        <dd data-testid="review-hardware">
          {coreType?.name ?? hardware?.coreType} × {hardware?.coresPerSlot}{' '}
          {hardware?.coresPerSlot === 1 ? 'core' : 'cores'} × {slots} {slots === 1 ? 'slot' : 'slots'}
        </dd>
        <dt className={termClasses}>Command</dt>
        <dd className="font-mono break-all whitespace-pre-wrap">{jobAnalysis?.command}</dd>
        <dt className={termClasses}>Inputs</dt>
        <dd>
          {form.inputFiles.length === 0 ? (
            'None'
          ) : (
            <ul>
              {form.inputFiles.map((file) => (
                <li key={file.id}>
                  {file.name} <span className={termClasses}>({formatBytes(file.size)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className={termClasses}>Walltime</dt>
        <dd>
          {hardware?.walltime != null
            ? `${hardware.walltime} ${hardware.walltime === 1 ? 'hour' : 'hours'}`
            : 'None set'}
        </dd>
        <dt className={termClasses}>Price</dt>
        <dd data-testid="review-price">
          {price ? (
            <>
              {formatUsd(price.perHour)} per hour;{' '}
              {price.ceiling !== null
                ? `at most ${formatUsd(price.ceiling)} within the walltime`
                : 'no walltime, so no upper limit'}
              .
            </>
          ) : (
            'Unknown for this hardware.'
          )}
        </dd>
      </dl>
      <p className="mt-3">Rescale starts the job, and billing, as soon as you submit it.</p>
    </ConfirmDialog>
  );
}
