import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jobResources } from './job-resources';

test('live resources carry their kind in their descriptor', () => {
  assert.equal(jobResources.tail('Ab12', 'r1', 'work/log', 200).kind, 'tail');
  assert.equal(jobResources.statuses('Ab12').kind, 'jobStatuses');
  assert.equal(jobResources.clusterStatuses('Ab12').kind, 'clusterStatuses');
  assert.equal(jobResources.clusterStatuses('Ab12', true).kind, 'clusterWindingDown');
  assert.equal(jobResources.runsPage('Ab12', 1).kind, 'runs');
  assert.equal(jobResources.allRuns('Ab12').kind, 'runs');
  assert.equal(jobResources.directory('Ab12', 'r1').kind, 'directory');
  assert.equal(jobResources.summary('Job').kind, 'jobs');
  assert.equal(jobResources.job('Ab12').kind, 'other');
});

test('a tail file named like another resource is still a tail', () => {
  assert.equal(jobResources.tail('Ab12', 'r1', 'statuses/', 200).kind, 'tail');
});

test('the SWR key is the browser URL of the path the server loads', () => {
  const runs = jobResources.runsPage('Ab12', 2);
  assert.equal(runs.path, 'v2/jobs/Ab12/runs/?page=2&page_size=20');
  assert.equal(runs.key, `/api/rescale/${runs.path}`);
});

test('a job’s cluster keeps its key when the job ends, so the page goes on with the same data', () => {
  assert.equal(jobResources.clusterStatuses('Ab12', true).key, jobResources.clusterStatuses('Ab12').key);
});
