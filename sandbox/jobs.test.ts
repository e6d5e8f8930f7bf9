import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jobBody, useSandbox } from '../test/support/sandbox-harness';

const PUBLIC_URL = 'https://sandbox.example.test';
const sandbox = useSandbox({ publicUrl: PUBLIC_URL });

type Summary = {
  id: string;
  name: string;
  dateInserted: string;
  jobStatus: { content: string };
  clusterStatusDisplay: { content: string };
  owner: string;
  sharedWith: string[];
};

describe('job lists', () => {
  it('returns every one of ada’s 520 jobs exactly once across pages, newest first', async () => {
    const jobs = await sandbox.all<Summary>('ada', 'jobs/?page_size=37');
    assert.equal(jobs.length, 520);
    assert.equal(new Set(jobs.map((job) => job.id)).size, 520);
    const dates = jobs.map((job) => job.dateInserted);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('returns every job exactly once in name order, ascending and descending', async () => {
    for (const ordering of ['name', '-name']) {
      const jobs = await sandbox.all<Summary>('ada', `jobs/?page_size=100&ordering=${ordering}`);
      assert.equal(new Set(jobs.map((job) => job.id)).size, 520);
      const names = jobs.map((job) => job.name);
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepEqual(names, ordering === 'name' ? sorted : sorted.reverse());
    }
  });

  it('orders by dateInserted ascending on request', async () => {
    const first = await sandbox.api('ada', 'GET', 'jobs/?ordering=dateInserted&page_size=3');
    const last = await sandbox.api('ada', 'GET', 'jobs/?ordering=-dateInserted&page=last&page_size=3');
    assert.ok(first.body.results[0].dateInserted < first.body.results[1].dateInserted, 'oldest first');
    assert.equal(first.body.results[0].id, last.body.results.at(-1).id);
  });

  it('writes next and previous as absolute URLs on the public URL, query keys sorted', async () => {
    const page2 = await sandbox.api('ada', 'GET', 'jobs/?page_size=25&page=2&ordering=name');
    assert.equal(page2.body.next, `${PUBLIC_URL}/api/v2/jobs/?ordering=name&page=3&page_size=25`);
    assert.equal(page2.body.previous, `${PUBLIC_URL}/api/v2/jobs/?ordering=name&page_size=25`);
    const page1 = await sandbox.api('ada', 'GET', 'jobs/?page_size=25');
    assert.equal(page1.body.previous, null);
  });

  it('uses 10 as the default page size and clamps page_size to 1000', async () => {
    const defaults = await sandbox.api('ada', 'GET', 'jobs/');
    assert.equal(defaults.body.results.length, 10);
    const clamped = await sandbox.api('bulk', 'GET', 'jobs/?page_size=5000');
    assert.equal(clamped.body.count, 10000);
    assert.equal(clamped.body.results.length, 1000);
    assert.equal(clamped.body.next, `${PUBLIC_URL}/api/v2/jobs/?page=2&page_size=5000`);
  });

  it('answers 404 "Invalid page." for a page past the end, zero or not a number', async () => {
    for (const page of ['53', '0', 'abc', '-1']) {
      const reply = await sandbox.api('ada', 'GET', `jobs/?page=${page}`);
      assert.equal(reply.status, 404, page);
      assert.deepEqual(reply.body, { detail: 'Invalid page.' });
    }
    const lastValid = await sandbox.api('ada', 'GET', 'jobs/?page=52');
    assert.equal(lastValid.status, 200);
    assert.equal(lastValid.body.next, null);
  });

  it('searches job names case-insensitively, every term required', async () => {
    const all = await sandbox.all<Summary>('ada', 'jobs/?page_size=1000');
    const found = await sandbox.all<Summary>('ada', 'jobs/?search=AIRFOIL%20doe&page_size=50');
    const expected = all.filter(
      (job) => job.name.toLowerCase().includes('airfoil') && job.name.toLowerCase().includes('doe'),
    );
    assert.ok(found.length > 0, 'the search finds jobs');
    assert.deepEqual(found.map((job) => job.id).sort(), expected.map((job) => job.id).sort());
  });

  it('shows a user the jobs they own and the jobs shared with them, and nothing else', async () => {
    const alan = await sandbox.all<Summary>('alan', 'jobs/?page_size=100');
    const owners = new Set(alan.map((job) => job.owner));
    assert.deepEqual([...owners].sort(), ['ada@example.com', 'alan@example.com', 'grace@example.com']);
    assert.equal(alan.filter((job) => job.owner === 'alan@example.com').length, 2);
    for (const job of alan.filter((job) => job.owner !== 'alan@example.com'))
      assert.ok(job.sharedWith.includes('alan@example.com'), `${job.id} is shared with alan`);
    assert.ok(
      alan.some((job) => job.id === 'AIRfoL'),
      'alan sees the Airfoil DOE',
    );
    const grace = await sandbox.api('grace', 'GET', 'jobs/');
    assert.equal(grace.body.count, 6);
    assert.equal((await sandbox.api('alan', 'GET', 'jobs/BIGout/')).status, 404);
    assert.deepEqual((await sandbox.api('nova', 'GET', 'jobs/AIRfoL/')).body, { detail: 'Not found.' });
    const nova = await sandbox.api('nova', 'GET', 'jobs/');
    assert.deepEqual(nova.body, { count: 0, next: null, previous: null, results: [] });
  });

  it('includes every job status and every cluster status among ada’s jobs', async () => {
    const jobs = await sandbox.all<Summary>('ada', 'jobs/?page_size=1000');
    const statuses = new Set(jobs.map((job) => job.jobStatus.content));
    for (const status of [
      '',
      'Pending',
      'Queued',
      'Waiting for Queue',
      'Started',
      'Validated',
      'Executing',
      'Stopping',
      'Completed',
      'Failed',
      'Stopped',
      'Force Stopped',
      'Terminated',
    ]) {
      assert.ok(statuses.has(status), `job status "${status}"`);
    }
    const clusters = new Set(jobs.map((job) => job.clusterStatusDisplay.content));
    for (const status of ['Not Started', 'Starting', 'Started', 'Stop Requested', 'Stopping', 'Stopped'])
      assert.ok(clusters.has(status), `cluster status "${status}"`);
  });

  it('gives realistic reasons to jobs that completed without success', async () => {
    const jobs = await sandbox.all<Summary>('ada', 'jobs/?page_size=1000');
    const reasons = new Set<string>();
    for (const job of jobs.filter((j) => j.jobStatus.content === 'Completed').slice(0, 120)) {
      const statuses = await sandbox.api('ada', 'GET', `jobs/${job.id}/statuses/?page_size=1`);
      reasons.add(statuses.body.results[0].statusReason);
    }
    for (const reason of ['Completed successfully', 'A run failed', 'User Terminated'])
      assert.ok(reasons.has(reason), reason);
  });

  it('gives the bulk user 10,000 jobs', async () => {
    const reply = await sandbox.api('bulk', 'GET', 'jobs/?page_size=25&page=400');
    assert.equal(reply.body.count, 10000);
    assert.equal(reply.body.results.length, 25);
    assert.equal(reply.body.next, null);
  });
});

describe('fixtures', () => {
  it('has the Airfoil DOE: completed successfully, OpenFOAM, 120 runs with numeric inputs and outputs, shared with alan', async () => {
    const detail = await sandbox.api('alan', 'GET', 'jobs/AIRfoL/');
    assert.equal(detail.body.name, 'Airfoil 2D DOE sweep');
    assert.equal(detail.body.jobanalyses[0].analysis.code, 'openfoam');
    assert.equal(detail.body.expectedRuns, 120);
    const statuses = await sandbox.api('ada', 'GET', 'jobs/AIRfoL/statuses/');
    assert.deepEqual(
      statuses.body.results.map((s: { status: string }) => s.status),
      ['Completed', 'Executing', 'Validated', 'Started', 'Queued', 'Pending'],
    );
    assert.equal(statuses.body.results[0].statusReason, 'Completed successfully');
    const runs = await sandbox.all('ada', 'jobs/AIRfoL/runs/?page_size=50');
    assert.equal(runs.length, 120);
    for (const run of runs) {
      assert.deepEqual(
        run.variables.map((v: { name: string }) => v.name),
        ['x_velocity', 'y_velocity', 'Cd', 'Cl'],
      );
      for (const variable of run.variables) assert.equal(typeof variable.value, 'number');
    }
  });

  it('has a 50,000-line solver log among the Airfoil outputs', async () => {
    const files = await sandbox.api('ada', 'GET', 'jobs/AIRfoL/files/?search=log.simpleFoam&page_size=1');
    const log = files.body.results[0];
    assert.equal(log.relativePath, 'airFoil2D/log.simpleFoam');
    const lines = await sandbox.api('ada', 'GET', `files/${log.id}/lines/`);
    assert.ok(lines.body.lines.length >= 50000, String(lines.body.lines.length));
    assert.match(
      lines.body.lines.find((line: string) => line.startsWith('GAMG')),
      /^GAMG: {2}Solving for p, Initial residual = /,
    );
  });

  it('has the crash test with its two 1 GiB restart files', async () => {
    const files = await sandbox.all('ada', 'jobs/BIGout/files/');
    const big = files.find((file: { id: string }) => file.id === 'BIGone');
    assert.equal(big.name, 'restart.d3plot');
    assert.equal(big.decryptedSize, 1073741824);
    assert.equal(big.downloadUrl, `${PUBLIC_URL}/api/v2/files/BIGone/contents/`);
    const second = files.find((file: { id: string }) => file.id === 'BIGtwo');
    assert.equal(second.name, 'restart.d3plot01');
    assert.equal(second.decryptedSize, 1073741824);
    assert.equal((await sandbox.api('ada', 'GET', 'jobs/BIGout/files/')).body.count, files.length);
    assert.equal(
      (await sandbox.api('ada', 'GET', 'files/BIGtwo/')).body.md5,
      '8842cb02b441fb04798b89db4ece6960',
    );
    const detail = await sandbox.api('ada', 'GET', 'jobs/BIGout/');
    assert.equal(detail.body.name, 'Crash test restart');
    assert.equal(detail.body.jobanalyses[0].analysis.name, 'LS-DYNA');
  });

  it('has a saved job that was never submitted and a failed one', async () => {
    const saved = await sandbox.api('ada', 'GET', 'jobs/SAVEDj/statuses/');
    assert.equal(saved.body.count, 0);
    assert.equal((await sandbox.api('ada', 'GET', 'jobs/SAVEDj/runs/')).body.count, 0);
    const failed = await sandbox.api('ada', 'GET', 'jobs/FAILjb/statuses/');
    assert.deepEqual(failed.body.results[0], {
      ...failed.body.results[0],
      status: 'Completed',
      statusReason: 'A run failed',
    });
    assert.equal(
      (await sandbox.api('ada', 'GET', 'jobs/FAILjb/')).body.jobanalyses[0].analysis.name,
      'ANSYS Fluent',
    );
  });
});

describe('creating and changing jobs', () => {
  it('creates a saved job and answers 201 with the reference’s job shape', async () => {
    const reply = await sandbox.api('grace', 'POST', 'jobs/', jobBody({ name: 'Created by the suite' }));
    assert.equal(reply.status, 201);
    const job = reply.body;
    assert.match(job.id, /^[A-Za-z]{6}$/);
    assert.equal(job.owner, 'grace@example.com');
    assert.deepEqual(job.jobanalyses[0].analysis, {
      code: 'openfoam',
      name: 'OpenFOAM',
      version: '2.3.0-openmpi',
      versionName: '2.3.0',
    });
    assert.deepEqual(job.jobanalyses[0].hardware.coreSummary, {
      memoryPerNode: 7500,
      numberOfNodes: 1,
      storagePerNode: 8000,
    });
    for (const field of [
      'archiveFilters',
      'caseFile',
      'expectedRuns',
      'includeNominalRun',
      'isLowPriority',
      'isTemplateDryRun',
      'jobvariables',
      'monteCarloIterations',
      'optimizer',
      'paramFile',
      'remoteVizConfig',
      'resourceFilters',
    ])
      assert.ok(field in job, field);
    const list = await sandbox.api('grace', 'GET', 'jobs/?page_size=1');
    assert.equal(list.body.results[0].id, job.id);
    assert.equal(list.body.results[0].jobStatus.content, '');
    assert.equal(list.body.count, 7);
  });

  it('answers 400 with field-keyed messages for a missing name, an unknown analysis or a disallowed core type', async () => {
    const noName = await sandbox.api('ada', 'POST', 'jobs/', { jobanalyses: jobBody().jobanalyses });
    assert.equal(noName.status, 400);
    assert.deepEqual(noName.body, { name: ['This field is required.'] });
    const unknown = await sandbox.api(
      'ada',
      'POST',
      'jobs/',
      jobBody({ jobanalyses: [{ ...jobBody().jobanalyses[0], analysis: { code: 'no-such-solver' } }] }),
    );
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body, {
      jobanalyses: [{ analysis: { code: ['Unknown analysis code "no-such-solver".'] } }],
    });
    const coreType = await sandbox.api(
      'ada',
      'POST',
      'jobs/',
      jobBody({
        jobanalyses: [{ ...jobBody().jobanalyses[0], hardware: { coreType: 'gpu-kepler', coresPerSlot: 8 } }],
      }),
    );
    assert.equal(coreType.status, 400);
    assert.deepEqual(coreType.body, {
      jobanalyses: [
        { hardware: { coreType: ['Core type "gpu-kepler" is not allowed for OpenFOAM 2.3.0.'] } },
      ],
    });
    const nothing = await sandbox.api('ada', 'POST', 'jobs/', {});
    assert.deepEqual(nothing.body, {
      name: ['This field is required.'],
      jobanalyses: ['This field is required.'],
    });
  });

  it('requires every documented field of a job variable', async () => {
    const nameOnly = await sandbox.api(
      'ada',
      'POST',
      'jobs/',
      jobBody({ jobvariables: [{ name: 'Xvelocity' }] }),
    );
    assert.equal(nameOnly.status, 400);
    assert.deepEqual(nameOnly.body, {
      jobvariables: [
        {
          variableType: ['This field is required.'],
          displayOrder: ['This field is required.'],
          valueGeneratorType: ['This field is required.'],
          valueGeneratorSettings: ['This field is required.'],
        },
      ],
    });
    const variable = {
      displayOrder: 0,
      name: 'Xvelocity',
      valueGeneratorSettings: {},
      valueGeneratorType: '',
      variableType: 'Param',
    };
    const wrong = await sandbox.api(
      'ada',
      'POST',
      'jobs/',
      jobBody({
        jobvariables: [variable, { ...variable, name: 'Y', variableType: 'Knob', displayOrder: 'x' }],
      }),
    );
    assert.deepEqual(wrong.body, {
      jobvariables: [
        {},
        { variableType: ['"Knob" is not a valid choice.'], displayOrder: ['A valid integer is required.'] },
      ],
    });
    // The reference's table spells the generator `variableGeneratorType`; its samples `valueGeneratorType`.
    const tableSpelling = {
      displayOrder: 1,
      name: 'Yvelocity',
      valueGeneratorSettings: {},
      variableGeneratorType: 'Linspace',
      variableType: 'Param',
    };
    const created = await sandbox.api(
      'ada',
      'POST',
      'jobs/',
      jobBody({ jobvariables: [variable, tableSpelling] }),
    );
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.jobvariables, [
      variable,
      { ...variable, name: 'Yvelocity', displayOrder: 1, valueGeneratorType: 'Linspace' },
    ]);
  });

  it('accepts only a number of cores per slot that the core type offers, on create and update', async () => {
    const hardware = (coresPerSlot: number) =>
      jobBody({
        jobanalyses: [{ ...jobBody().jobanalyses[0], hardware: { coreType: 'standard-plus', coresPerSlot } }],
      });
    const message = {
      jobanalyses: [
        {
          hardware: {
            coresPerSlot: ['Core type "standard-plus" does not offer 3 cores per slot: choose 1, 2, 4 or 8.'],
          },
        },
      ],
    };
    const three = await sandbox.api('ada', 'POST', 'jobs/', hardware(3));
    assert.equal(three.status, 400);
    assert.deepEqual(three.body, message);
    const eight = await sandbox.api('ada', 'POST', 'jobs/', hardware(8));
    assert.equal(eight.status, 201);
    const put = await sandbox.api('ada', 'PUT', `jobs/${eight.body.id}/`, hardware(3));
    assert.deepEqual(put.body, message);
    const patch = await sandbox.api('ada', 'PATCH', `jobs/${eight.body.id}/`, {
      jobanalyses: hardware(3).jobanalyses,
    });
    assert.deepEqual(patch.body, message);
  });

  it('gives a new job the default resource filters of the reference’s tutorial, or the ones sent', async () => {
    const defaults = [
      {
        caseSensitive: false,
        include: true,
        filterType: 'Analysis generated files',
        selector: 'Analysis generated files',
      },
      {
        caseSensitive: false,
        include: true,
        filterType: 'Completed templates',
        selector: 'Completed templates',
      },
      { caseSensitive: false, include: true, filterType: 'Input files', selector: 'Input files' },
    ];
    const created = await sandbox.api('ada', 'POST', 'jobs/', jobBody());
    assert.deepEqual(created.body.resourceFilters, defaults);
    assert.deepEqual(
      (await sandbox.api('ada', 'GET', `jobs/${created.body.id}/`)).body.resourceFilters,
      defaults,
    );
    const mine = [{ caseSensitive: true, include: false, filterType: 'Glob', selector: '*.tmp' }];
    const custom = await sandbox.api('ada', 'POST', 'jobs/', jobBody({ resourceFilters: mine }));
    assert.deepEqual(custom.body.resourceFilters, mine);
    const bad = await sandbox.api(
      'ada',
      'POST',
      'jobs/',
      jobBody({ resourceFilters: [{ include: 'maybe' }] }),
    );
    assert.deepEqual(bad.body, {
      resourceFilters: [
        {
          include: ['Must be a valid boolean.'],
          filterType: ['This field is required.'],
          selector: ['This field is required.'],
        },
      ],
    });
  });

  it('answers 415 for a body that is not JSON and 400 for JSON that does not parse', async () => {
    const text = await sandbox.request('POST', '/api/v2/jobs/', {
      user: 'ada',
      body: 'name=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(text.status, 415);
    assert.deepEqual(text.body, { detail: 'Unsupported media type "text/plain" in request.' });
    const broken = await sandbox.request('POST', '/api/v2/jobs/', {
      user: 'ada',
      body: '{"name":',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(broken.status, 400);
    assert.match(broken.body.detail, /^JSON parse error - /);
  });

  it('renames a job with PATCH and PUT, answering id, isLowPriority and name', async () => {
    const created = await sandbox.api('ada', 'POST', 'jobs/', jobBody());
    const patched = await sandbox.api('ada', 'PATCH', `jobs/${created.body.id}/`, { name: 'Renamed' });
    assert.deepEqual(patched.body, { id: created.body.id, isLowPriority: false, name: 'Renamed' });
    const put = await sandbox.api(
      'ada',
      'PUT',
      `jobs/${created.body.id}/`,
      jobBody({ name: 'Replaced', isLowPriority: true }),
    );
    assert.deepEqual(put.body, { id: created.body.id, isLowPriority: true, name: 'Replaced' });
    assert.equal((await sandbox.api('ada', 'GET', `jobs/${created.body.id}/`)).body.name, 'Replaced');
    const blank = await sandbox.api('ada', 'PATCH', `jobs/${created.body.id}/`, { name: '  ' });
    assert.deepEqual(blank.body, { name: ['This field may not be blank.'] });
  });

  it('lets only the owner change, share, submit or delete a job', async () => {
    for (const [method, path] of [
      ['PATCH', 'jobs/AIRfoL/'],
      ['DELETE', 'jobs/AIRfoL/'],
      ['POST', 'jobs/AIRfoL/share/'],
      ['POST', 'jobs/AIRfoL/stop/'],
    ] as const) {
      const reply = await sandbox.api('alan', method, path, { name: 'x', email: 'nova@example.com' });
      assert.equal(reply.status, 403, `${method} ${path}`);
      assert.deepEqual(reply.body, { detail: 'You do not have permission to perform this action.' });
    }
  });

  it('shares a job so the recipient sees it', async () => {
    const created = await sandbox.api('grace', 'POST', 'jobs/', jobBody({ name: 'For Nova' }));
    const missing = await sandbox.api('grace', 'POST', `jobs/${created.body.id}/share/`, {});
    assert.deepEqual(missing.body, { email: ['This field is required.'] });
    const invalid = await sandbox.api('grace', 'POST', `jobs/${created.body.id}/share/`, { email: 'nova' });
    assert.deepEqual(invalid.body, { email: ['Enter a valid email address.'] });
    const shared = await sandbox.api('grace', 'POST', `jobs/${created.body.id}/share/`, {
      email: 'nova@example.com',
      message: 'Have a look',
    });
    assert.deepEqual(shared.body, { recipient: 'nova@example.com', supportDesk: null });
    const nova = await sandbox.api('nova', 'GET', 'jobs/');
    assert.deepEqual(
      nova.body.results.map((job: Summary) => job.id),
      [created.body.id],
    );
  });

  it('shares only with a user of the owner’s company or a support desk of the job’s software', async () => {
    const outside = 'You can only share a job with another user in your company or an ISV support desk.';
    for (const email of ['nobody@nowhere.com', 'someone@example.com']) {
      const refused = await sandbox.api('ada', 'POST', 'jobs/AIRfoL/share/', { email });
      assert.equal(refused.status, 400, email);
      assert.deepEqual(refused.body, { email: [outside] });
    }
    const airfoil = await sandbox.api('ada', 'GET', 'jobs/?search=Airfoil%202D%20DOE%20sweep');
    assert.deepEqual(airfoil.body.results[0].sharedWith, ['alan@example.com']);

    const [openfoam] = await sandbox.all('ada', 'analyses/?search=openfoam');
    const [desk] = openfoam.supportDesks;
    assert.equal(desk.email, 'support@rescale.com');
    const toDesk = await sandbox.api('ada', 'POST', 'jobs/AIRfoL/share/', {
      email: desk.email,
      message: 'This job is not converging as quickly as I was expecting',
    });
    assert.equal(toDesk.status, 200);
    assert.deepEqual(toDesk.body, { recipient: 'support@rescale.com', supportDesk: null });

    // Abaqus's desk in the reference's sample is another address; the Rescale one is not Abaqus's.
    const [abaqus] = await sandbox.all('ada', 'analyses/?search=abaqus');
    assert.deepEqual(
      abaqus.supportDesks.map((d: { email: string }) => d.email),
      ['support@example.com'],
    );
    const wrongDesk = await sandbox.api('ada', 'POST', 'jobs/SAVEDj/share/', {
      email: 'support@rescale.com',
    });
    assert.deepEqual(wrongDesk.body, { email: [outside] });
    const abaqusDesk = await sandbox.api('ada', 'POST', 'jobs/SAVEDj/share/', {
      email: 'support@example.com',
    });
    assert.equal(abaqusDesk.status, 200);
  });

  it('deletes a saved job, after which it is not found', async () => {
    const created = await sandbox.api('ada', 'POST', 'jobs/', jobBody());
    const deleted = await sandbox.api('ada', 'DELETE', `jobs/${created.body.id}/`);
    assert.equal(deleted.status, 204);
    assert.equal(deleted.text, '');
    assert.equal((await sandbox.api('ada', 'GET', `jobs/${created.body.id}/`)).status, 404);
  });

  it('refuses to submit a job twice', async () => {
    const created = await sandbox.api('ada', 'POST', 'jobs/', jobBody());
    const first = await sandbox.api('ada', 'POST', `jobs/${created.body.id}/submit/`);
    assert.equal(first.status, 200);
    const second = await sandbox.api('ada', 'POST', `jobs/${created.body.id}/submit/`);
    assert.equal(second.status, 400);
    assert.deepEqual(second.body, { detail: 'This job has already been submitted.' });
  });

  it('searches a job’s output files by path', async () => {
    const all = await sandbox.all('ada', 'jobs/FAILjb/files/');
    const found = await sandbox.all('ada', 'jobs/FAILjb/files/?search=RESIDUALS');
    assert.ok(found.length > 0 && found.length < all.length, 'the search narrows the list');
    for (const file of found) assert.match(file.relativePath, /residuals/i);
    for (const file of all) {
      assert.equal(file.typeId, 5);
      assert.match(file.md5, /^[0-9a-f]{32}$/);
      assert.equal(file.downloadUrl, `${PUBLIC_URL}/api/v2/files/${file.id}/contents/`);
    }
  });
});
