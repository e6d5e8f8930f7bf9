/**
 * Who may receive a job. The reference ("Share a Job"): "If your account is associated
 * with a company, you will only be allowed to share your job with another user in your
 * company or an ISV support desk." The desks are those the catalogue lists for the
 * job's software; every seeded user belongs to a company.
 */
import { ANALYSES_BY_CODE } from './catalog';
import type { JobRecord } from './model';
import type { Store } from './store';

export const OUTSIDE_COMPANY =
  'You can only share a job with another user in your company or an ISV support desk.';

export function mayReceive(store: Store, job: JobRecord, email: string): boolean {
  const recipient = store.usersByEmail.get(email);
  if (recipient && recipient.company === job.owner.company) return true;
  return job.analyses.some((analysis) =>
    ANALYSES_BY_CODE.get(analysis.analysisCode)?.supportDesks.some((desk) => desk.email === email),
  );
}
