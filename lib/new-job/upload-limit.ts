import { formatBytes } from '@/lib/ui/format';

/**
 * The largest file the browser will try to upload, in bytes. Set at build time with
 * `NEXT_PUBLIC_MAX_UPLOAD_BYTES`; the default, 5 GiB, is well above any input the
 * dashboard's users send from a browser and below what a flaky connection survives.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 ** 3;

export function parseMaxUploadBytes(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_UPLOAD_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`NEXT_PUBLIC_MAX_UPLOAD_BYTES must be a positive whole number of bytes, not "${raw}".`);
  }
  return value;
}

export const maxUploadBytes = parseMaxUploadBytes(process.env.NEXT_PUBLIC_MAX_UPLOAD_BYTES);

/** Why a file cannot be uploaded, in words, or null when it can. */
export function uploadSizeProblem(file: { name: string; size: number }, limit: number): string | null {
  if (file.size <= limit) return null;
  return `${file.name} is ${formatBytes(file.size)}; files over ${formatBytes(limit)} cannot be uploaded here.`;
}
