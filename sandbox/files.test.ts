import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { useSandbox } from '../test/support/sandbox-harness';

const sandbox = useSandbox();
const ADA = { Authorization: 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' };
const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

function form(bytes: Uint8Array, name: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  data.append('file', new Blob([new Uint8Array(bytes)]), name);
  return data;
}

async function uploaded(bytes: Uint8Array, name: string, method = 'POST') {
  const reply = await sandbox.request(method, '/api/v2/files/contents/', {
    user: 'ada',
    body: form(bytes, name),
  });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

/** The download counters once no download is in flight (the server closes its source after the client has the bytes). */
async function settledDownloads() {
  let stats = (await sandbox.control('GET', 'downloads')).body;
  for (let i = 0; i < 100 && stats.active > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    stats = (await sandbox.control('GET', 'downloads')).body;
  }
  return stats;
}

describe('uploads and downloads', () => {
  it('stores an upload and downloads identical bytes with the same md5', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const file = await uploaded(bytes, 'mesh input.bin');
    assert.equal(file.decryptedSize, bytes.length);
    assert.equal(file.md5, md5(bytes));
    assert.equal(file.name, 'mesh input.bin');
    assert.equal(file.typeId, 1);
    assert.equal(file.downloadUrl, `${sandbox.publicUrl}/api/v2/files/${file.id}/contents/`);
    const download = await fetch(file.downloadUrl, { headers: ADA });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-length'), String(bytes.length));
    assert.equal(download.headers.get('etag'), `"${file.md5}"`);
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="mesh input.bin"/);
    const body = new Uint8Array(await download.arrayBuffer());
    assert.equal(md5(body), file.md5);
    assert.ok(Buffer.from(body).equals(bytes), 'downloaded bytes equal the uploaded ones');
    const listed = await sandbox.api('ada', 'GET', 'files/?page_size=1');
    assert.equal(listed.body.results[0].id, file.id);
  });

  it('accepts PUT as well as POST, and a typeId form field', async () => {
    const reply = await sandbox.request('PUT', '/api/v2/files/contents/', {
      user: 'ada',
      body: form(Buffer.from('echo hello\n'), 'run.sh', { typeId: '4' }),
    });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.typeId, 4);
    assert.equal(reply.body.viewInBrowser, true);
  });

  it('answers 400 when the file field is missing or empty, and 415 for a body that is not multipart', async () => {
    const data = new FormData();
    data.append('other', 'x');
    const missing = await sandbox.request('POST', '/api/v2/files/contents/', { user: 'ada', body: data });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body, { file: ['No file was submitted.'] });
    const empty = await sandbox.request('POST', '/api/v2/files/contents/', {
      user: 'ada',
      body: form(new Uint8Array(0), 'empty.txt'),
    });
    assert.deepEqual(empty.body, { file: ['The submitted file is empty.'] });
    const json = await sandbox.api('ada', 'POST', 'files/contents/', { file: 'x' });
    assert.equal(json.status, 415);
  });

  it('serves byte ranges: a span, an open end and a suffix, and 416 beyond the end', async () => {
    const bytes = randomBytes(100_000);
    const file = await uploaded(bytes, 'ranges.bin');
    const cases: Array<[string, number, number]> = [
      ['bytes=10-19', 10, 20],
      ['bytes=99990-', 99990, 100000],
      ['bytes=-5', 99995, 100000],
      ['bytes=0-999999', 0, 100000],
    ];
    for (const [range, start, end] of cases) {
      const reply = await fetch(file.downloadUrl, { headers: { ...ADA, Range: range } });
      assert.equal(reply.status, 206, range);
      assert.equal(reply.headers.get('content-range'), `bytes ${start}-${end - 1}/100000`);
      assert.ok(Buffer.from(await reply.arrayBuffer()).equals(bytes.subarray(start, end)), range);
    }
    const beyond = await fetch(file.downloadUrl, { headers: { ...ADA, Range: 'bytes=100000-' } });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers.get('content-range'), 'bytes */100000');
    const several = await fetch(file.downloadUrl, { headers: { ...ADA, Range: 'bytes=0-1,5-6' } });
    assert.equal(several.status, 200);
    await several.arrayBuffer();
  });

  it('stops streaming when the client goes away, and says so on the control plane', async () => {
    await sandbox.control('POST', 'reset');
    const controller = new AbortController();
    const download = await fetch(`${sandbox.url}/api/v2/files/BIGone/contents/`, {
      headers: ADA,
      signal: controller.signal,
    });
    const reader = download.body!.getReader();
    await reader.read();
    assert.deepEqual((await sandbox.control('GET', 'downloads')).body, {
      started: 1,
      completed: 0,
      aborted: 0,
      active: 1,
    });
    controller.abort();
    assert.deepEqual(await settledDownloads(), { started: 1, completed: 0, aborted: 1, active: 0 });
    const small = await uploaded(Buffer.from('done\n'), 'small.txt');
    await (await fetch(small.downloadUrl, { headers: ADA })).arrayBuffer();
    assert.deepEqual(await settledDownloads(), { started: 2, completed: 1, aborted: 1, active: 0 });
  });

  it('answers 304 to If-None-Match with the file’s ETag', async () => {
    const file = await uploaded(Buffer.from('same\n'), 'etag.txt');
    const reply = await fetch(file.downloadUrl, { headers: { ...ADA, 'If-None-Match': `"${file.md5}"` } });
    assert.equal(reply.status, 304);
  });

  it('serves ranges of generated binary output files consistently with the whole file', async () => {
    const files = await sandbox.all('ada', 'jobs/FAILjb/files/');
    const binary = files.find((file: { viewInBrowser: boolean }) => !file.viewInBrowser);
    const whole = Buffer.from(
      await (await fetch(sandbox.local(binary.downloadUrl), { headers: ADA })).arrayBuffer(),
    );
    assert.equal(whole.length, binary.decryptedSize);
    assert.equal(md5(whole), binary.md5);
    const part = Buffer.from(
      await (
        await fetch(sandbox.local(binary.downloadUrl), { headers: { ...ADA, Range: 'bytes=65530-131080' } })
      ).arrayBuffer(),
    );
    assert.ok(part.equals(whole.subarray(65530, 131081)));
  });

  it('returns the lines of a text file and refuses a binary one', async () => {
    const file = await uploaded(Buffer.from('This is line 1.\nThis is line 2.\nno newline'), 'lines.txt');
    const lines = await sandbox.api('ada', 'GET', `files/${file.id}/lines/`);
    assert.deepEqual(lines.body, { lines: ['This is line 1.\n', 'This is line 2.\n', 'no newline'] });
    const binary = await uploaded(randomBytes(10), 'blob.bin');
    const refused = await sandbox.api('ada', 'GET', `files/${binary.id}/lines/`);
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body, { detail: 'This file is not a plain text file.' });
  });
});

describe('file metadata', () => {
  it('returns, renames and deletes a file', async () => {
    const file = await uploaded(Buffer.from('x,y\n1,2\n'), 'points.csv');
    const fetched = await sandbox.api('ada', 'GET', `files/${file.id}/`);
    assert.deepEqual(fetched.body, file);
    assert.deepEqual(Object.keys(file).sort(), [
      'dateUploaded',
      'decryptedSize',
      'downloadUrl',
      'encodedEncryptionKey',
      'id',
      'isDeleted',
      'isUploaded',
      'md5',
      'name',
      'owner',
      'path',
      'relativePath',
      'sharedWith',
      'typeId',
      'viewInBrowser',
    ]);
    const renamed = await sandbox.api('ada', 'PATCH', `files/${file.id}/`, {
      name: 'renamed.csv',
      typeId: 3,
    });
    assert.equal(renamed.body.name, 'renamed.csv');
    assert.equal(renamed.body.typeId, 3);
    assert.deepEqual((await sandbox.api('ada', 'PATCH', `files/${file.id}/`, { name: '' })).body, {
      name: ['This field may not be blank.'],
    });
    assert.equal((await sandbox.api('grace', 'GET', `files/${file.id}/`)).status, 404);
    assert.equal((await sandbox.api('ada', 'DELETE', `files/${file.id}/`)).status, 204);
    assert.equal((await sandbox.api('ada', 'GET', `files/${file.id}/`)).status, 404);
  });

  it('searches files/ and a job’s output files by file name as well as by path', async () => {
    const [output] = await sandbox.all('ada', 'jobs/FAILjb/files/?search=residuals');
    const renamed = await sandbox.api('ada', 'PATCH', `files/${output.id}/`, {
      name: 'manifold-convergence.dat',
    });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.relativePath, output.relativePath);
    for (const path of [
      'files/?search=manifold-convergence',
      'jobs/FAILjb/files/?search=MANIFOLD-convergence.dat',
    ]) {
      const found = await sandbox.all('ada', path);
      assert.deepEqual(
        found.map((file: { id: string }) => file.id),
        [output.id],
        path,
      );
    }
  });

  it('searches files/ before paging: the count is of the matches, pages do not overlap, every term must match', async () => {
    const unsearched = (await sandbox.api('ada', 'GET', 'files/?page_size=1')).body.count;
    const first = await sandbox.api('ada', 'GET', 'files/?search=LOG.simpleFoam&page_size=7');
    assert.equal(first.status, 200);
    assert.ok(first.body.count > 7 && first.body.count < unsearched, 'the search narrows the list');
    assert.match(first.body.next, /search=LOG.simpleFoam/);
    const found = await sandbox.all('ada', 'files/?search=LOG.simpleFoam&page_size=7');
    assert.equal(found.length, first.body.count);
    assert.equal(new Set(found.map((file: { id: string }) => file.id)).size, found.length);
    for (const file of found) assert.match(`${file.name} ${file.relativePath}`, /log\.simplefoam/i);

    const both = await sandbox.all('ada', 'files/?search=airFoil2D%20log.simpleFoam&page_size=1000');
    assert.ok(both.length > 0 && both.length <= found.length, 'two terms narrow further, never widen');
    for (const file of both) assert.match(file.relativePath, /airFoil2D\/.*log\.simpleFoam/);
    assert.equal((await sandbox.api('ada', 'GET', 'files/?search=no-such-file-anywhere')).body.count, 0);
  });

  it('lets a user read the outputs of a job shared with them, but not delete them', async () => {
    const files = (await sandbox.api('alan', 'GET', 'jobs/AIRfoL/files/?page_size=1')).body.results;
    assert.equal((await sandbox.api('alan', 'GET', `files/${files[0].id}/`)).status, 200);
    assert.equal((await sandbox.api('alan', 'DELETE', `files/${files[0].id}/`)).status, 403);
    assert.equal((await sandbox.api('nova', 'GET', `files/${files[0].id}/`)).status, 404);
  });

  it('removes a deleted output file from its job’s list', async () => {
    const before = (await sandbox.api('ada', 'GET', 'jobs/FAILjb/files/')).body;
    assert.equal((await sandbox.api('ada', 'DELETE', `files/${before.results[0].id}/`)).status, 204);
    const after = (await sandbox.api('ada', 'GET', 'jobs/FAILjb/files/')).body;
    assert.equal(after.count, before.count - 1);
    assert.ok(
      !after.results.some((file: { id: string }) => file.id === before.results[0].id),
      'the deleted file is gone',
    );
  });

  it('lists every file a user owns exactly once across pages: uploads, then job outputs', async () => {
    const files = await sandbox.all('grace', 'files/?page_size=7');
    const first = await sandbox.api('grace', 'GET', 'files/?page_size=7');
    assert.equal(files.length, first.body.count);
    assert.equal(new Set(files.map((file: { id: string }) => file.id)).size, files.length);
    assert.ok(
      files.some((file: { typeId: number }) => file.typeId === 1),
      'an input file is listed',
    );
    assert.ok(
      files.some((file: { typeId: number }) => file.typeId === 5),
      'an output file is listed',
    );
    for (const file of files) assert.equal(file.owner, 'grace@example.com');
    const searched = await sandbox.all('grace', 'files/?search=process_output');
    assert.equal(
      searched.length,
      files.filter((file: { relativePath: string }) => file.relativePath.includes('process_output')).length,
    );
    assert.ok(searched.length > 0, 'the search finds files');
    for (const file of searched) assert.match(file.relativePath, /process_output/);
    assert.deepEqual((await sandbox.api('nova', 'GET', 'files/')).body, {
      count: 0,
      next: null,
      previous: null,
      results: [],
    });
  });
});

describe('signed-storage redirects', () => {
  it('redirects a download to another host with a signature, which serves the bytes without the key', async () => {
    const file = await uploaded(randomBytes(5000), 'stored.bin');
    await sandbox.control('POST', 'storage', { redirect: true });
    try {
      const reply = await fetch(file.downloadUrl, { headers: ADA, redirect: 'manual' });
      assert.equal(reply.status, 302);
      const location = new URL(reply.headers.get('location')!);
      assert.notEqual(location.host, new URL(sandbox.url).host);
      assert.equal(location.hostname, 'localhost');
      const bytes = new Uint8Array(await (await fetch(location)).arrayBuffer());
      assert.equal(md5(bytes), file.md5);
      const withKey = await fetch(location, { headers: ADA });
      assert.equal(withKey.status, 400);
      assert.match(await withKey.text(), /Only one auth mechanism allowed/);
      assert.equal((await sandbox.control('GET', 'storage')).body.requestsWithAuthorization, 1);
      location.searchParams.set('Signature', 'forged');
      assert.equal((await fetch(location)).status, 403);
    } finally {
      await sandbox.control('POST', 'storage', { redirect: false });
    }
  });
});
