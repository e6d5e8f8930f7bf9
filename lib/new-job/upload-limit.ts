import { formatBytes } from '@/lib/ui/format';

/**
 * The largest file the browser will try to upload, in bytes, fixed at build time. Set it
 * with `NEXT_PUBLIC_MAX_UPLOAD_BYTES`. Otherwise it is 5 GiB, well above any input the
 * dashboard's users send from a browser and below what a flaky connection survives;
 * except on Vercel, whose functions refuse request bodies over 4.5 MB
 * (https://vercel.com/docs/functions/limitations), so a larger upload could only fail
 * after it was sent. There the upload panel says so before a file is tried.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 ** 3;

/** Vercel's 4.5 MB body limit, less room for the multipart envelope around the file. */
export const VERCEL_MAX_UPLOAD_BYTES = 4_500_000 - 4096;

export const VERCEL_UPLOAD_NOTICE =
  "This deployment accepts files up to 4.5 MB. Larger inputs: upload them with Rescale's own tools, then choose them here.";

export type UploadLimit = {
  bytes: number;
  /** Said before any file is tried, when the limit is the platform's rather than the dashboard's. */
  notice: string | null;
};

export function parseMaxUploadBytes(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_UPLOAD_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`NEXT_PUBLIC_MAX_UPLOAD_BYTES must be a positive whole number of bytes, not "${raw}".`);
  }
  return value;
}

/** An explicit `NEXT_PUBLIC_MAX_UPLOAD_BYTES` wins; otherwise Vercel's limit when built there. */
export function uploadLimitFor(raw: string | undefined, builtOnVercel: boolean): UploadLimit {
  if (builtOnVercel && (raw === undefined || raw.trim() === '')) {
    return { bytes: VERCEL_MAX_UPLOAD_BYTES, notice: VERCEL_UPLOAD_NOTICE };
  }
  return { bytes: parseMaxUploadBytes(raw), notice: null };
}

/** `BUILT_ON_VERCEL` is set from Vercel's `VERCEL=1` by next.config.ts when the app is built. */
export const uploadLimit: UploadLimit = uploadLimitFor(
  process.env.NEXT_PUBLIC_MAX_UPLOAD_BYTES,
  process.env.BUILT_ON_VERCEL === '1',
);

/** Why a file cannot be uploaded, in words, or null when it can. */
export function uploadSizeProblem(file: { name: string; size: number }, limit: number): string | null {
  if (file.size <= limit) return null;
  return `${file.name} is ${formatBytes(file.size)}; files over ${formatBytes(limit)} cannot be uploaded here.`;
}
