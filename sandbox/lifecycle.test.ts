import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { startSandbox } from './server';
import { type Harness, jobBody, useSandbox } from '../test/support/sandbox-harness';

const sandbox = useSandbox();

async function submitted(harness: Harness, name = 'Life cycle'): Promise<string> {
  const created = await harness.api('ada', 'POST', 'jobs/', jobBody({ name }));
  assert.equal(created.status, 201);
  assert.equal((await harness.api('ada', 'POST', `jobs/${created.body.id}/submit/`)).status, 200);
  return created.body.id;
}

async function state(harness: Harness, id: string) {
  const summary = (
    await harness.api('ada', 'GET', `jobs/?search=${encodeURIComponent('Life cycle')}&page_size=1000`)
  ).body.results.find((job: { id: string }) => job.id === id);
  return {
    job: summary.jobStatus.content as string,
    cluster: summary.clusterStatusDisplay.content as string,
  };
}

describe('the life cycle of a submitted job on the simulated clock', () => {
  it('goes Pending, Queued, Started, Validated, Executing, Completed with its cluster statuses alongside', async () => {
    const id = await submitted(sandbox);
    const expected: Array<[seconds: number, job: string, cluster: string]> = [
      [0, 'Pending', ''],
      [5, 'Queued', 'Not Started'],
      [5, 'Queued', 'Starting'],
      [5, 'Started', 'Started'],
      [5, 'Validated', 'Started'],
      [10, 'Executing', 'Started'],
      [59, 'Executing', 'Started'],
      [1, 'Completed', 'Stop Requested'],
      [1, 'Completed', 'Stopping'],
      [4, 'Completed', 'Stopped'],
    ];
    for (const [seconds, job, cluster] of expected) {
      if (seconds > 0) await sandbox.advance(seconds);
      assert.deepEqual(await state(sandbox, id), { job, cluster });
    }
    const statuses = (await sandbox.api('ada', 'GET', `jobs/${id}/statuses/`)).body.results;
    assert.deepEqual(
      statuses.map((s: { status: string }) => s.status),
      ['Completed', 'Executing', 'Validated', 'Started', 'Queued', 'Pending'],
    );
    assert.equal(statuses[0].statusReason, 'Completed successfully');
    const dates = statuses.map((s: { statusDate: string }) => Date.parse(s.statusDate));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
    const seconds = (dates[0] - dates.at(-1)) / 1000;
    assert.ok(seconds >= 60 && seconds <= 120, `a demo job takes one to two minutes, took ${seconds} s`);
    const clusters = (await sandbox.api('ada', 'GET', `jobs/${id}/cluster_statuses/`)).body.results;
    assert.deepEqual(
      clusters.map((s: { status: string }) => s.status),
      ['Stopped', 'Stopping', 'Stop Requested', 'Started', 'Starting', 'Not Started'],
    );
  });

  it('lists the working files while the run executes and grows the log by one line per simulated second', async () => {
    const id = await submitted(sandbox);
    assert.equal((await sandbox.api('ada', 'GET', `jobs/${id}/runs/`)).body.count, 0);
    await sandbox.advance(30);
    const runs = (await sandbox.api('ada', 'GET', `jobs/${id}/runs/`)).body;
    assert.equal(runs.count, 1);
    assert.ok(runs.results[0].dateStarted, 'the run has started');
    assert.equal(runs.results[0].dateCompleted, null);
    await sandbox.advance(12);
    const listing = (await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/directory-contents/`)).body;
    const log = listing.find((entry: { path: string }) => entry.path === 'log');
    assert.equal(log.resource, `${sandbox.publicUrl}/api/v2/jobs/${id}/runs/1/tail/log/`);
    assert.ok(
      listing.some((entry: { path: string }) => entry.path === 'airFoil2D/log.simpleFoam'),
      'the solver log is a working file',
    );
    const first = (await sandbox.api('ada', 'GET', `${log.resource}?lines=1000`)).body;
    assert.equal(first.lines.length, 12);
    assert.match(first.fileType, /log: ASCII text$/);
    await sandbox.advance(7);
    const later = (await sandbox.api('ada', 'GET', `${log.resource}?lines=1000`)).body;
    assert.equal(later.lines.length, 19);
    assert.deepEqual(later.lines.slice(0, 12), first.lines);
    const lastThree = (await sandbox.api('ada', 'GET', `${log.resource}?lines=3`)).body;
    assert.deepEqual(lastThree.lines, later.lines.slice(-3));
    const raw = await sandbox.request('GET', log.resource, { user: 'ada' });
    assert.equal(raw.text, later.lines.join('\n') + '\n');
    assert.equal((await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/files/`)).body.count, 0);
    const points = listing.find(
      (entry: { path: string }) => entry.path === 'airFoil2D/constant/polyMesh/points',
    );
    const binary = await fetch(sandbox.local(points.resource), {
      headers: { Authorization: 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' },
    });
    assert.equal(binary.headers.get('content-type'), 'application/octet-stream');
    assert.equal((await binary.arrayBuffer()).byteLength, Number(binary.headers.get('content-length')));
    const nested = await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/tail/airFoil2D/0/U/?lines=2`);
    assert.deepEqual(nested.body.lines, [
      '',
      '// ************************************************************************* //',
    ]);
    assert.equal(
      (await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/tail/no/such/file/?lines=2`)).status,
      404,
    );
    assert.deepEqual((await sandbox.api('ada', 'GET', `${log.resource}?lines=many`)).body, {
      lines: ['A valid integer is required.'],
    });
  });

  it('turns the working files into output files when the run completes', async () => {
    const id = await submitted(sandbox);
    await sandbox.advance(95);
    const run = (await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/`)).body;
    assert.ok(run.dateCompleted, 'the run has completed');
    const files = await sandbox.all('ada', `jobs/${id}/runs/1/files/`);
    assert.equal(run.outputFileCount, files.length);
    assert.equal(
      run.outputFileSize,
      files.reduce((sum: number, file: { decryptedSize: number }) => sum + file.decryptedSize, 0),
    );
    const log = files.find((file: { relativePath: string }) => file.relativePath === 'log');
    const download = await fetch(sandbox.local(log.downloadUrl), {
      headers: { Authorization: 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' },
    });
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.equal(bytes.toString('utf8').trimEnd().split('\n').length, 60);
    assert.equal(createHash('md5').update(bytes).digest('hex'), log.md5);
    assert.deepEqual(await sandbox.all('ada', `jobs/${id}/files/`), files);
    assert.deepEqual((await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/directory-contents/`)).body, []);
    assert.equal((await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/tail/log/?lines=5`)).status, 404);
  });

  it('stops a running job through Stopping to Completed with reason "User Terminated"', async () => {
    const id = await submitted(sandbox);
    await sandbox.advance(40);
    const stop = await sandbox.api('ada', 'POST', `jobs/${id}/stop/`);
    assert.equal(stop.status, 202);
    assert.deepEqual(await state(sandbox, id), { job: 'Stopping', cluster: 'Stop Requested' });
    assert.equal(
      (await sandbox.api('ada', 'POST', `jobs/${id}/stop/`)).body.detail,
      'This job is already stopping.',
    );
    await sandbox.advance(5);
    assert.deepEqual(await state(sandbox, id), { job: 'Completed', cluster: 'Stopped' });
    const latest = (await sandbox.api('ada', 'GET', `jobs/${id}/statuses/?page_size=1`)).body.results[0];
    assert.deepEqual([latest.status, latest.statusReason], ['Completed', 'User Terminated']);
    const files = await sandbox.all('ada', `jobs/${id}/files/?search=log`);
    const log = files.find((file: { relativePath: string }) => file.relativePath === 'log');
    const lines = (await sandbox.api('ada', 'GET', `files/${log.id}/lines/`)).body.lines;
    assert.equal(lines.length, 10);
    assert.equal(
      (await sandbox.api('ada', 'POST', `jobs/${id}/stop/`)).body.detail,
      'This job is not running.',
    );
  });

  it('refuses to delete an executing job with a clear detail, and deletes it once it has ended', async () => {
    const id = await submitted(sandbox);
    await sandbox.advance(35);
    const refused = await sandbox.api('ada', 'DELETE', `jobs/${id}/`);
    assert.equal(refused.status, 400);
    assert.equal(
      refused.body.detail,
      'Jobs that are currently executing cannot be deleted: this job is Executing. Stop the job first.',
    );
    await sandbox.advance(60);
    assert.equal((await sandbox.api('ada', 'DELETE', `jobs/${id}/`)).status, 204);
  });

  it('stops a run, which ends a single-run job', async () => {
    const id = await submitted(sandbox);
    assert.equal((await sandbox.api('ada', 'POST', `jobs/${id}/runs/1/stop/`)).status, 404);
    await sandbox.advance(45);
    const stopped = await sandbox.api('ada', 'POST', `jobs/${id}/runs/1/stop/`);
    assert.equal(stopped.status, 200);
    assert.deepEqual(stopped.body, {});
    await sandbox.advance(6);
    const run = (await sandbox.api('ada', 'GET', `jobs/${id}/runs/1/`)).body;
    assert.ok(run.dateCompleted, 'the stopped run has completed');
    const again = await sandbox.api('ada', 'POST', `jobs/${id}/runs/1/stop/`);
    assert.equal(again.body.detail, 'Stopping a run only applies to runs that are currently in progress.');
  });

  it('takes a snapshot of a running run that becomes an output file, tracked by a task', async () => {
    const id = await submitted(sandbox);
    await sandbox.advance(40);
    const snapshot = await sandbox.api('ada', 'POST', `jobs/${id}/runs/1/snapshot/`);
    assert.equal(snapshot.status, 200);
    assert.equal(snapshot.body.exitcode, 0);
    assert.equal(snapshot.body.lastSnapshotID, null);
    assert.equal(snapshot.body.reason, 'Generating snapshot.');
    const pending = await sandbox.api('ada', 'GET', snapshot.body.task);
    assert.equal(pending.body.status, 'Pending');
    await sandbox.advance(5);
    const done = (await sandbox.api('ada', 'GET', snapshot.body.task)).body;
    assert.equal(done.status, 'Completed');
    const files = await sandbox.all('ada', `jobs/${id}/runs/1/files/`);
    assert.deepEqual(
      files.map((file: { id: string; name: string }) => [file.id, file.name]),
      [[done.result.fileId, 'snapshot_1.tar.gz']],
    );
    const second = await sandbox.api('ada', 'POST', `jobs/${id}/runs/1/snapshot/`);
    assert.equal(second.body.lastSnapshotID, done.result.fileId);
    assert.equal((await sandbox.api('nova', 'GET', snapshot.body.task)).status, 404);
    assert.equal((await sandbox.api('ada', 'GET', 'tasks/unknownToken/')).status, 404);
  });

  it('runs the clock at the configured time scale without any control-plane call', async () => {
    const fast = await startSandbox({ timeScale: 200, seed: 'conformance' });
    try {
      const key = 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';
      const created = await (
        await fetch(`${fast.url}/api/v2/jobs/`, {
          method: 'POST',
          headers: { Authorization: key, 'Content-Type': 'application/json' },
          body: JSON.stringify(jobBody()),
        })
      ).json();
      await fetch(`${fast.url}/api/v2/jobs/${created.id}/submit/`, {
        method: 'POST',
        headers: { Authorization: key },
      });
      await new Promise((resolve) => setTimeout(resolve, 600));
      const statuses = await (
        await fetch(`${fast.url}/api/v2/jobs/${created.id}/statuses/`, { headers: { Authorization: key } })
      ).json();
      assert.equal(statuses.results[0].status, 'Completed');
    } finally {
      await fast.close();
    }
  });

  it('advances the clock through the control plane and reports the new time', async () => {
    const before = Date.parse((await sandbox.control('GET', 'clock')).body.now);
    const after = Date.parse((await sandbox.advance(3600)).body.now);
    assert.equal(after - before, 3600_000);
    assert.equal((await sandbox.control('POST', 'clock', { seconds: -5 })).status, 400);
  });
});
