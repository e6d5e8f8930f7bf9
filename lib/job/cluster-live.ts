import { CLUSTER_STATUSES } from '@/lib/rescale/status';

const FINAL_CLUSTER_STATUS = CLUSTER_STATUSES[CLUSTER_STATUSES.length - 1];
const WINDING_DOWN: ReadonlySet<string> = new Set(['Stop Requested', 'Stopping']);

/**
 * Whether a job's cluster statuses are still worth asking for. The platform stops a
 * job's cluster after the job ends, so a job that finished while this page watched it
 * keeps its cluster followed until `Stopped`; a cluster already winding down is followed
 * to its end too. A job found finished with a cluster in any other state is old data
 * that will not move: asking again would only spend the key's budget.
 */
export function isClusterLive({
  jobActive,
  sawJobActive,
  clusterStatus,
}: {
  jobActive: boolean;
  sawJobActive: boolean;
  clusterStatus: string | null;
}): boolean {
  if (jobActive) return true;
  if (clusterStatus === null || clusterStatus === FINAL_CLUSTER_STATUS) return false;
  return sawJobActive || WINDING_DOWN.has(clusterStatus);
}
