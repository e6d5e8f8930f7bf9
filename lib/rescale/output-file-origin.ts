import type { RescaleFile } from './types';

/** The job and run that wrote an output file. */
export type OutputFileOrigin = { jobId: string; runId: string };

/**
 * The reference's file records carry no job or run field. What they do carry is the
 * storage `path`, which for an output is `user/{user}/output/job_{jobId}/run{runId}/…`
 * (the reference's `relativePath` row names that root, and every sample output path
 * has it). Anything else (an upload, a path in another shape, no path) gives null:
 * the file is then shown without an origin rather than with a guessed one.
 */
const OUTPUT_PATH = /^user\/[^/]+\/output\/job_([A-Za-z0-9_-]+)\/run([A-Za-z0-9_-]+)\//;

export function outputFileOrigin(file: Pick<RescaleFile, 'path'>): OutputFileOrigin | null {
  const match = file.path ? OUTPUT_PATH.exec(file.path) : null;
  return match ? { jobId: match[1]!, runId: match[2]! } : null;
}
