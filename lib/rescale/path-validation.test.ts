import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkResourcePath } from './path-validation';

function refusal(path: string): string {
  const checked = checkResourcePath(path);
  assert.equal(checked.ok, false, `expected ${JSON.stringify(path)} to be refused`);
  return checked.ok ? '' : checked.detail;
}

function segments(path: string): string[] {
  const checked = checkResourcePath(path);
  assert.ok(checked.ok, checked.ok ? '' : checked.detail);
  return checked.path.segments;
}

describe('checkResourcePath', () => {
  it('accepts a versioned resource with or without its trailing slash', () => {
    assert.deepEqual(checkResourcePath('v2/jobs/abc/'), {
      ok: true,
      path: { version: 'v2', segments: ['jobs', 'abc'] },
    });
    assert.deepEqual(segments('v2/jobs/abc'), ['jobs', 'abc']);
  });

  it('keeps the inner segments of a file path under runs/{run}/tail/', () => {
    assert.deepEqual(segments('v2/jobs/J/runs/1/tail/airFoil2D/0/U/'), [
      'jobs',
      'J',
      'runs',
      '1',
      'tail',
      'airFoil2D',
      '0',
      'U',
    ]);
  });

  it('keeps percent-encoded characters of a file name, encoded canonically', () => {
    assert.deepEqual(segments('v2/jobs/J/runs/1/tail/my%20dir/r%C3%A9sultat.log'), [
      'jobs',
      'J',
      'runs',
      '1',
      'tail',
      'my%20dir',
      'r%C3%A9sultat.log',
    ]);
    assert.deepEqual(segments('v2/jobs/J/runs/1/tail/.hidden/log:1'), [
      'jobs',
      'J',
      'runs',
      '1',
      'tail',
      '.hidden',
      'log%3A1',
    ]);
  });

  it('requires a version and a resource', () => {
    assert.match(refusal(''), /names no API version/);
    assert.match(refusal('v2/'), /names no resource/);
    assert.match(refusal('jobs/'), /API version "jobs" is not supported/);
    assert.match(refusal('V2/jobs/'), /not supported/);
  });

  it('refuses empty segments', () => {
    assert.match(refusal('v2//jobs/'), /segment 2 is empty/);
    assert.match(refusal('v2/jobs//abc/'), /segment 3 is empty/);
  });

  it('refuses relative segments, plain or encoded', () => {
    for (const path of [
      'v2/jobs/../users/',
      'v2/./jobs/',
      'v2/jobs/%2e%2e/',
      'v2/jobs/J/runs/1/tail/a/%2E/b',
      'v2/jobs/.%2e/',
    ]) {
      assert.match(refusal(path), /relative segments are not allowed/, path);
    }
  });

  it('refuses encoded slashes and backslashes', () => {
    for (const path of ['v2/jobs/a%2Fb/', 'v2/jobs/a%2fb/', 'v2/jobs/a%5Cb/', 'v2/jobs/a\\b/']) {
      assert.match(refusal(path), /encoded slash or a backslash/, path);
    }
  });

  it('treats a double-encoded slash as the literal text it is, never as a separator', () => {
    assert.deepEqual(segments('v2/files/%252F/'), ['files', '%252F']);
  });

  it('refuses control characters', () => {
    for (const path of [
      'v2/jobs/a%00b/',
      'v2/jobs/a%0Ab/',
      'v2/jobs/a%0D%0AHost:evil/',
      'v2/jobs/%7F/',
      'v2/jobs/a\tb/',
    ]) {
      assert.match(refusal(path), /control character/, path);
    }
  });

  it('refuses absolute URLs smuggled into the path', () => {
    for (const path of [
      'v2/https://evil.example/jobs/',
      'v2/jobs/http:/evil.example/',
      'v2/jobs/https:%2F%2Fevil.example/',
      'v2/jobs/https%3A/evil.example/',
      'v2/jobs/javascript:/',
    ]) {
      const detail = refusal(path);
      assert.match(detail, /absolute URL|encoded slash/, path);
    }
    assert.match(refusal('v2/jobs/https%3A//evil.example/'), /looks like an absolute URL/);
  });

  it('refuses malformed percent-encoding', () => {
    assert.match(refusal('v2/jobs/%E0%A4%A/'), /not valid percent-encoding/);
    assert.match(refusal('v2/jobs/%zz/'), /not valid percent-encoding/);
  });

  it('refuses absurdly long segments', () => {
    assert.match(refusal(`v2/jobs/${'a'.repeat(2000)}/`), /longer than 1024/);
  });

  it('tells the user what a valid path looks like', () => {
    assert.match(refusal('v2/jobs/../'), /Use \/api\/rescale\/v2\/<resource>\//);
  });

  it('does not echo a control character back in its detail', () => {
    assert.doesNotMatch(refusal('v2/jobs/a%0Ab/'), /\n/);
  });
});
