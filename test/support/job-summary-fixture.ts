import type { JobSummary } from '../../lib/rescale/types';

/** A job as the jobs list returns it, for unit tests: `status` is its newest status. */
export function jobSummaryFixture(id: string, status: string, name = `Job ${id}`): JobSummary {
  return {
    id,
    name,
    owner: 'ada@example.com',
    analysisNames: ['OpenFOAM'],
    jobStatus: { content: status, labelClass: '', useLabel: false },
    clusterStatusDisplay: { content: '', labelClass: '', useLabel: false },
    dateInserted: '2026-11-28T12:00:00Z',
    isVisible: true,
    sharedWith: [],
    storage: 0,
  };
}
