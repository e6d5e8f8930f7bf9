import { z } from 'zod';

const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** `?clone=<jobId>`: the id of the job to copy, or null when absent or not shaped like a job id. */
export function parseCloneParam(raw: string | string[] | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = jobId.safeParse(value);
  return parsed.success ? parsed.data : null;
}
