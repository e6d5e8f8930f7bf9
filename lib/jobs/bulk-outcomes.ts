import { errorCodeOf, describeFailure, type ErrorCode } from '@/lib/rescale/failure';
import { throttledWords } from '@/lib/rescale/failure-words';
import { isRescaleError } from '@/lib/rescale/errors';
import { isTerminalJobStatus } from '@/lib/rescale/status';
import type { JobSummary } from '@/lib/rescale/types';
import { jobCommands, type JobCommand } from '@/lib/job/job-requests';

/** What a bulk action needs of a job, kept as it was when the action was confirmed. */
export type BulkJob = { id: string; name: string; owner: string; status: string };

/**
 * Where one job of a bulk action stands. `refused`: the platform answered no, with its
 * reason. `skipped`: the dashboard did not ask, because the answer is already known.
 * `failed`: no usable answer (unreachable, throttled, the platform's own failure).
 */
export type BulkOutcome =
  | { state: 'waiting' }
  | { state: 'sending' }
  | { state: 'done' | 'refused' | 'skipped' | 'failed'; message: string };

export type SettledOutcome = Extract<BulkOutcome, { message: string }>;

export function bulkJobOf(job: JobSummary): BulkJob {
  return { id: job.id, name: job.name || job.id, owner: job.owner, status: job.jobStatus.content };
}

const PLATFORM_REFUSALS: ReadonlySet<ErrorCode> = new Set(['invalid', 'forbidden', 'not_found']);

const DONE_WORDS: Record<JobCommand, string> = {
  stop: 'Stop requested. Rescale is stopping the job.',
  delete: 'Deleted.',
};

/**
 * The outcome known before asking, or null when only the platform can tell. A job's
 * status in the table may be a poll behind, so only a final status (which cannot change)
 * or ownership decides here; a running job's delete is left for the platform to refuse.
 */
export function knownOutcome(command: JobCommand, job: BulkJob, viewerEmail: string): SettledOutcome | null {
  if (job.owner.toLowerCase() !== viewerEmail.toLowerCase()) {
    return {
      state: 'skipped',
      message: `${job.owner} shared this job with you; only they can ${command} it.`,
    };
  }
  if (command === 'stop' && isTerminalJobStatus(job.status)) {
    return { state: 'skipped', message: `It has already ended (${job.status}); there is nothing to stop.` };
  }
  return null;
}

/** The outcome of the platform's answer: `error` is what the request threw, or null on success. */
export function settledOutcome(command: JobCommand, error: unknown): SettledOutcome {
  if (error === null) return { state: 'done', message: DONE_WORDS[command] };
  const message = describeFailure(error, { action: jobCommands[command].action });
  const refused = isRescaleError(error) && error.code === null && PLATFORM_REFUSALS.has(errorCodeOf(error));
  return { state: refused ? 'refused' : 'failed', message };
}

/** A throttled key must rest: the jobs not yet asked about are not sent at all. */
export function isThrottled(error: unknown): boolean {
  return errorCodeOf(error) === 'throttled';
}

export function notSentWhileThrottled(error: unknown): SettledOutcome {
  const seconds = isRescaleError(error) ? error.retryAfterSeconds : null;
  return { state: 'failed', message: `Not sent. ${throttledWords(seconds)}` };
}

export type BulkProgress = {
  total: number;
  finished: number;
  done: number;
  refused: number;
  skipped: number;
  failed: number;
};

export function progressOf(outcomes: readonly BulkOutcome[]): BulkProgress {
  const progress: BulkProgress = {
    total: outcomes.length,
    finished: 0,
    done: 0,
    refused: 0,
    skipped: 0,
    failed: 0,
  };
  for (const outcome of outcomes) {
    if (outcome.state === 'waiting' || outcome.state === 'sending') continue;
    progress.finished += 1;
    progress[outcome.state] += 1;
  }
  return progress;
}

const VERB_PAST: Record<JobCommand, string> = { stop: 'Stop requested for', delete: 'Deleted' };
const VERB_ING: Record<JobCommand, string> = { stop: 'Stopping', delete: 'Deleting' };

function jobs(count: number): string {
  return `${count} ${count === 1 ? 'job' : 'jobs'}`;
}

/** One sentence for the whole action: how far it has gone, then what came of it. */
export function progressSentence(command: JobCommand, progress: BulkProgress): string {
  if (progress.finished < progress.total) {
    return `${VERB_ING[command]} ${jobs(progress.total)}: ${progress.finished} of ${progress.total} finished.`;
  }
  const rest = [
    progress.refused > 0 ? `${progress.refused} refused` : null,
    progress.skipped > 0 ? `${progress.skipped} not sent` : null,
    progress.failed > 0 ? `${progress.failed} failed` : null,
  ].filter((part) => part !== null);
  const head = `${VERB_PAST[command]} ${progress.done} of ${jobs(progress.total)}.`;
  return rest.length > 0 ? `${head} ${rest.join(', ')}.` : head;
}
