import { describeFailure } from '@/lib/rescale/failure';

type Outcome = { kind: 'picked-file' | 'browser-download'; leftEmptyFile: boolean };

/** What a stopped zip left on disk, so a cancel or a failure never leaves the user guessing. */
export function leftoverWords(name: string, { kind, leftEmptyFile }: Outcome): string {
  if (kind === 'browser-download')
    return `Your browser lists ${name} as a failed download: nothing usable was saved.`;
  return leftEmptyFile ? `Nothing was saved; delete the empty ${name} you chose.` : 'Nothing was saved.';
}

/** Why a zip stopped: the file that failed and its reason, or the failure in words. */
export function failureWords(error: unknown): string {
  if (error instanceof Error && error.name === 'ZipEntryError' && 'entry' in error && 'reason' in error)
    return `Could not download ${String(error.entry)}: ${String(error.reason)}.`;
  return describeFailure(error, { action: 'make the zip' });
}

/** A zip's file name from the job and what it holds, in the characters every system accepts. */
export function zipFileName(jobId: string, what: string): string {
  return `${jobId}-${what}.zip`.replace(/[^A-Za-z0-9._-]+/g, '-');
}
