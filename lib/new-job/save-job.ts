import { apiFetch, apiJson, signInReasonFor } from '@/lib/api/api-client';
import { isRescaleError } from '@/lib/rescale/errors';
import type { JobFormErrors } from '@/lib/new-job/form';
import { platformFieldErrors } from '@/lib/new-job/platform-errors';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Job, JobCreate } from '@/lib/rescale/types';
import type { SignInReason } from '@/lib/auth/sign-in-url';
import { describeFailure } from '@/lib/rescale/failure';

/**
 * Creating and submitting a job from the form. A 401 stays here rather than
 * leaving for sign-in at once: the form says so and keeps what was typed.
 */
export function createJob(body: JobCreate): Promise<Job> {
  return apiJson<Job>(proxyUrl(rescalePaths.jobs()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    stayOnUnauthorized: true,
  });
}

/** A saved, never-submitted job rewritten whole from the form (`PUT jobs/{id}/`); the platform answers with its id and name. */
export function updateJob(jobId: string, body: JobCreate): Promise<Pick<Job, 'id' | 'name'>> {
  return apiJson<Pick<Job, 'id' | 'name'>>(proxyUrl(rescalePaths.job(jobId)), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    stayOnUnauthorized: true,
  });
}

export async function submitJob(jobId: string): Promise<void> {
  await apiFetch(proxyUrl(rescalePaths.jobSubmit(jobId)), { method: 'POST', stayOnUnauthorized: true });
}

export function isSignedOut(error: unknown): boolean {
  return isRescaleError(error) && error.status === 401;
}

/** Why sign-in is needed again (the app session ended, or Rescale refused the key), or null when it is not. */
export function signInReasonOf(error: unknown): SignInReason | null {
  return isRescaleError(error) && error.status === 401 ? signInReasonFor(error) : null;
}

/** The platform's refusal of a new job, on the fields it names. */
export function saveFailureErrors(error: unknown): JobFormErrors {
  if (isRescaleError(error) && error.status === 400) {
    const errors = platformFieldErrors(error.body);
    const fieldCount = Object.keys(errors).filter((field) => field !== 'form').length;
    if (fieldCount > 0) {
      return {
        ...errors,
        form:
          errors.form ??
          'Rescale did not accept the job. Correct the fields below; nothing you typed was lost.',
      };
    }
    return { form: errors.form ?? error.detail };
  }
  if (isSignedOut(error)) {
    return {
      form: 'Your session has ended, so the job was not saved. Your form is kept in this browser: sign in again and it will be here.',
    };
  }
  return {
    form: `The job was not saved: ${describeFailure(error)} Nothing you typed was lost; try again.`,
  };
}
