/**
 * The browser's way to call the proxy (`/api/rescale/v2/...`); `apiJson` is the SWR
 * fetcher. Non-2xx answers become `RescaleError`. A 401 means the user must sign in
 * again: `expired` when the app session is gone, `revoked` when Rescale refused the
 * stored key (its own 401, or the proxy's `key_rejected` for a sign-in ended by one).
 * Either way they come back to the page they were on.
 */
import { RescaleError, rescaleErrorFromResponse } from '../rescale/errors';
import { signInUrl, type SignInReason } from '../auth/sign-in-url';

export type ApiInit = RequestInit & {
  /** Leave a 401 to the caller instead of going to sign-in, e.g. while a form holds unsaved input. */
  stayOnUnauthorized?: boolean;
};

const SIGN_OUT_ATTRIBUTE = 'data-sign-out';

/** Spread on a form that ends the session: `<form action={signOut} {...signOutForm}>`. */
export const signOutForm = { [SIGN_OUT_ATTRIBUTE]: '' } as const;

/**
 * Set once this page submits a sign-out form: calls still under way then meet a 401 for
 * the session just ended, and must not send the user to sign-in as "expired" on the way.
 * Signing in again loads a new page, which starts unset. A listener rather than a client
 * component around each form: the forms stay server-rendered and cost no JavaScript.
 */
let signingOut = false;

/**
 * Set by the first 401 that sends this page to sign-in. The calls under way then meet 401s
 * of their own; sending the page again would restart its navigation, and could change the
 * reason sign-in gives, so the first 401 decides.
 */
let sentToSignIn = false;

if (typeof document !== 'undefined') {
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target as Element | null;
      if (typeof form?.hasAttribute === 'function' && form.hasAttribute(SIGN_OUT_ATTRIBUTE))
        signingOut = true;
    },
    // Capturing, so that it runs before React starts the form's action.
    true,
  );
}

function sendToSignIn(reason: SignInReason): void {
  if (typeof window === 'undefined' || sentToSignIn) return;
  sentToSignIn = true;
  const { pathname, search, hash } = window.location;
  window.location.assign(signInUrl(`${pathname}${search}${hash}`, reason));
}

export function signInReasonFor(error: RescaleError): SignInReason {
  return error.code === 'session_missing' ? 'expired' : 'revoked';
}

export async function apiFetch(url: string, init: ApiInit = {}): Promise<Response> {
  const { stayOnUnauthorized = false, ...requestInit } = init;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...requestInit });
  } catch (error) {
    if (requestInit.signal?.aborted) throw error;
    throw new RescaleError({
      status: 0,
      code: 'network_error',
      detail: 'Could not reach the dashboard server. Check your connection, then retry.',
    });
  }
  if (response.ok) return response;
  const error = await rescaleErrorFromResponse(response);
  if (error.status === 401 && !stayOnUnauthorized && !signingOut) sendToSignIn(signInReasonFor(error));
  throw error;
}

export async function apiJson<T>(url: string, init: ApiInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const response = await apiFetch(url, { ...init, headers });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}
