/**
 * Failures talking to Rescale, on either side of the proxy. The platform answers
 * with Django REST Framework bodies (`{"detail": ...}` or field-keyed lists); the
 * proxy adds its own `{detail, code}` bodies. Either way the UI gets one error type
 * whose `detail` a person can act on.
 */
import { describeStatus } from './failure-words';

export type RescaleErrorInit = {
  status: number;
  detail: string;
  body?: unknown;
  retryAfterSeconds?: number | null;
  fieldErrors?: Record<string, string[]>;
  code?: string | null;
};

export class RescaleError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly body: unknown;
  readonly retryAfterSeconds: number | null;
  readonly fieldErrors: Record<string, string[]>;
  /** Set by the proxy for its own failures (`session_missing`, `invalid_path`, …); null for Rescale's. */
  readonly code: string | null;

  constructor(init: RescaleErrorInit) {
    super(init.detail);
    this.name = 'RescaleError';
    this.status = init.status;
    this.detail = init.detail;
    this.body = init.body ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
    this.code = init.code ?? null;
  }
}

export function isRescaleError(value: unknown): value is RescaleError {
  return value instanceof RescaleError;
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The throttle body says "Expected available in 12 seconds." even when the header is missing. */
function retryAfterFromDetail(detail: string | null): number | null {
  const match = detail?.match(/available in (\d+) seconds?/i);
  return match?.[1] ? Number(match[1]) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrorsOf(body: unknown): Record<string, string[]> {
  if (!isRecord(body)) return {};
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(body)) {
    if (field === 'detail' || field === 'code') continue;
    if (Array.isArray(messages) && messages.every((m) => typeof m === 'string')) {
      errors[field] = messages;
    } else if (typeof messages === 'string' && field === 'non_field_errors') {
      errors[field] = [messages];
    }
  }
  return errors;
}

function describeFieldErrors(fieldErrors: Record<string, string[]>): string | null {
  const parts = Object.entries(fieldErrors).map(([field, messages]) =>
    field === 'non_field_errors' ? messages.join(' ') : `${field}: ${messages.join(' ')}`,
  );
  return parts.length > 0 ? `Rescale rejected the request. ${parts.join('; ')}` : null;
}

async function readBody(res: Response): Promise<unknown> {
  let text: string;
  try {
    text = await res.text();
  } catch {
    return null;
  }
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Reads a non-2xx response (from Rescale or from the proxy) into a `RescaleError`. */
export async function rescaleErrorFromResponse(res: Response): Promise<RescaleError> {
  const body = await readBody(res);
  const bodyDetail = isRecord(body) && typeof body.detail === 'string' ? body.detail : null;
  const code = isRecord(body) && typeof body.code === 'string' ? body.code : null;
  const retryAfterSeconds =
    parseRetryAfter(res.headers.get('retry-after')) ?? retryAfterFromDetail(bodyDetail);
  const fieldErrors = fieldErrorsOf(body);
  const detail =
    bodyDetail ?? describeFieldErrors(fieldErrors) ?? describeStatus(res.status, retryAfterSeconds);
  return new RescaleError({ status: res.status, detail, body, retryAfterSeconds, fieldErrors, code });
}

/** The JSON body every proxy-made failure carries. */
export function jsonErrorResponse(
  status: number,
  detail: string,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ detail, code }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}
