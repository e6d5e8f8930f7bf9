import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useSandbox } from '../test/support/sandbox-harness';

const sandbox = useSandbox();

describe('authentication', () => {
  it('answers 401 with DRF wording when no credentials are sent', async () => {
    const reply = await sandbox.api(null, 'GET', 'jobs/');
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.body, { detail: 'Authentication credentials were not provided.' });
    assert.equal(reply.headers.get('www-authenticate'), 'Token');
  });

  it('answers 401 "Invalid token." for an unknown key', async () => {
    const reply = await sandbox.api(null, 'GET', 'users/me/', undefined, {
      Authorization: 'Token 0123456789abcdef',
    });
    assert.equal(reply.status, 401);
    assert.deepEqual(reply.body, { detail: 'Invalid token.' });
  });

  it('treats another scheme as no credentials and rejects a malformed Token header', async () => {
    const bearer = await sandbox.api(null, 'GET', 'users/me/', undefined, { Authorization: 'Bearer a0a0' });
    assert.deepEqual(bearer.body, { detail: 'Authentication credentials were not provided.' });
    const bare = await sandbox.api(null, 'GET', 'users/me/', undefined, { Authorization: 'Token' });
    assert.equal(bare.status, 401);
    assert.deepEqual(bare.body, { detail: 'Invalid token header. No credentials provided.' });
  });

  it('returns the key owner from users/me/ for every seeded user', async () => {
    const users = await sandbox.control('GET', 'users');
    assert.equal(users.body.length, 5);
    for (const [name, email, fullName] of [
      ['ada', 'ada@example.com', 'Ada Lovelace'],
      ['grace', 'grace@example.com', 'Grace Hopper'],
      ['alan', 'alan@example.com', 'Alan Turing'],
      ['nova', 'nova@example.com', 'Nova Newman'],
      ['bulk', 'bulk@example.com', 'Bulk Loader'],
    ] as const) {
      const reply = await sandbox.api(name, 'GET', 'users/me/');
      assert.equal(reply.status, 200);
      assert.equal(reply.body.email, email);
      assert.equal(reply.body.fullName, fullName);
      const listed = users.body.find((user: { email: string }) => user.email === email);
      assert.equal(listed.fullName, fullName);
      assert.match(listed.key, /^[0-9a-f]{40}$/);
    }
  });
});

describe('routing', () => {
  it('redirects a path without its trailing slash with a 301 to the slashed path, keeping the query', async () => {
    const reply = await sandbox.request('GET', '/api/v2/jobs?page=2&page_size=5', { user: 'ada' });
    assert.equal(reply.status, 301);
    assert.equal(reply.headers.get('location'), '/api/v2/jobs/?page=2&page_size=5');
    const nested = await sandbox.request('POST', '/api/v2/jobs/AIRfoL/runs/1/stop', { user: 'ada' });
    assert.equal(nested.status, 301);
    assert.equal(nested.headers.get('location'), '/api/v2/jobs/AIRfoL/runs/1/stop/');
  });

  it('redirects before authenticating, as Django middleware does', async () => {
    const reply = await sandbox.request('GET', '/api/v2/users/me');
    assert.equal(reply.status, 301);
  });

  it('answers a JSON 404 for a path that is not an endpoint, with or without its slash', async () => {
    for (const path of ['/api/v2/nothing-here/', '/api/v2/nothing-here', '/elsewhere/']) {
      const reply = await sandbox.request('GET', path, { user: 'ada' });
      assert.equal(reply.status, 404, path);
      assert.deepEqual(reply.body, { detail: 'Not found.' });
    }
  });

  it('answers 404 naming the available versions for any version but v2', async () => {
    for (const path of ['/api/v1/jobs/', '/api/v3/jobs/', '/api/jobs/']) {
      const reply = await sandbox.request('GET', path, { user: 'ada' });
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.detail, 'Invalid version in URL path. Available versions: v2.');
    }
  });

  it('answers 405 with an Allow header for a method the endpoint does not take', async () => {
    const reply = await sandbox.api('ada', 'DELETE', 'users/me/');
    assert.equal(reply.status, 405);
    assert.deepEqual(reply.body, { detail: 'Method "DELETE" not allowed.' });
    assert.equal(reply.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });

  it('answers OPTIONS with the allowed methods', async () => {
    const reply = await sandbox.api('ada', 'OPTIONS', 'jobs/');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('allow'), 'GET, POST, HEAD, OPTIONS');
  });
});

describe('catalogue endpoints', () => {
  it('lists core types with the reference fields, paginated', async () => {
    const reply = await sandbox.api('ada', 'GET', 'coretypes/?page_size=100');
    assert.equal(reply.status, 200);
    assert.equal(reply.body.count, reply.body.results.length);
    const marble = reply.body.results.find((type: { code: string }) => type.code === 'standard-plus');
    assert.deepEqual(Object.keys(marble).sort(), [
      'code',
      'compute',
      'cores',
      'description',
      'displayOrder',
      'hasSsd',
      'io',
      'isDeprecated',
      'isPrimary',
      'lowPriorityPrice',
      'memory',
      'name',
      'price',
      'processorInfo',
      'remoteVizAllowed',
      'storage',
      'storageIo',
      'walltimeRequired',
    ]);
    assert.equal(marble.name, 'Marble');
  });

  it('lists the reference software among the analyses, each version with its allowed core types', async () => {
    const analyses = await sandbox.all('ada', 'analyses/');
    const names = analyses.map((analysis: { name: string }) => analysis.name);
    for (const name of [
      'OpenFOAM',
      'Abaqus',
      'LS-DYNA',
      'STAR-CCM+',
      'ANSYS Fluent',
      'Custom User-Defined Software',
    ])
      assert.ok(names.includes(name), name);
    for (const analysis of analyses) {
      assert.ok(analysis.versions.length > 0, `${analysis.code} has versions`);
      for (const version of analysis.versions)
        assert.ok(
          Array.isArray(version.allowedCoreTypes) && version.versionCode,
          `${analysis.code} ${version.version}`,
        );
    }
  });

  it('gives each version an SMP command that uses <smp-ranks>, as the reference’s samples do', async () => {
    type Version = { version: string; mpiCommand: string | null; smpCommand: string | null };
    const analyses = await sandbox.all<{ code: string; versions: Version[] }>('ada', 'analyses/');
    const version = (code: string, name: string) =>
      analyses.find((analysis) => analysis.code === code)?.versions.find((v) => v.version === name);
    const abaqus = version('abaqus', '6.14-1');
    assert.equal(abaqus?.smpCommand, 'abaqus job=<job> cpus=<smp-ranks> interactive');
    assert.equal(abaqus?.mpiCommand, 'abaqus job=<job> cpus=<mpi-ranks> mp_mode=mpi interactive');
    assert.equal(
      version('openfoam', '2.3.0')?.smpCommand,
      'mpirun -np <smp-ranks> foamExec <module> <input-file> -parallel',
    );
    for (const analysis of analyses)
      for (const version of analysis.versions) {
        const label = `${analysis.code} ${version.version}`;
        if (version.smpCommand === null) continue;
        assert.notEqual(version.smpCommand, version.mpiCommand, label);
        assert.match(version.smpCommand, /<smp-ranks>/, label);
        assert.doesNotMatch(version.smpCommand, /<mpi-ranks>/, label);
      }
  });

  it('lists the remote visualisation options of the reference', async () => {
    const reply = await sandbox.api('ada', 'GET', 'remote-viz-config/');
    assert.equal(reply.body.count, 4);
    assert.deepEqual(reply.body.results[0], {
      code: '4-cores-hpc-plus',
      displayName: '4 Cores HPC+',
      price: 0.15,
      coreTypeCode: 'hpc-plus',
      cores: 4,
      isWindows: false,
    });
  });
});
