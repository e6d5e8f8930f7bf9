import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageUrl, parseSignInReason, safeCallbackUrl, signInUrl } from './sign-in-url';

describe('signInUrl', () => {
  it('carries the page to come back to, with its query', () => {
    assert.equal(
      signInUrl('/jobs?page=3&search=wing'),
      '/sign-in?callbackUrl=%2Fjobs%3Fpage%3D3%26search%3Dwing',
    );
  });

  it('adds the reason when one is given', () => {
    assert.equal(
      signInUrl('/jobs/AIRfoL', 'revoked'),
      '/sign-in?callbackUrl=%2Fjobs%2FAIRfoL&reason=revoked',
    );
  });

  it('never carries a callback to another origin', () => {
    assert.equal(signInUrl('https://evil.example/'), '/sign-in?callbackUrl=%2Fjobs');
  });
});

describe('safeCallbackUrl', () => {
  it('keeps a same-origin path with its query and fragment', () => {
    assert.equal(safeCallbackUrl('/jobs/AIRfoL?run=3#log'), '/jobs/AIRfoL?run=3#log');
  });

  for (const hostile of [
    'https://evil.example/jobs',
    '//evil.example/jobs',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'jobs',
    '/jobs\n',
    '/\tevil',
    '',
    '/sign-in?callbackUrl=/jobs',
  ]) {
    it(`falls back to /jobs for ${JSON.stringify(hostile)}`, () => {
      assert.equal(safeCallbackUrl(hostile), '/jobs');
    });
  }

  it('falls back when the value is not a string', () => {
    assert.equal(safeCallbackUrl(['/a', '/b']), '/jobs');
    assert.equal(safeCallbackUrl(undefined, '/files'), '/files');
  });
});

describe('parseSignInReason', () => {
  it('accepts only the known reasons', () => {
    assert.equal(parseSignInReason('revoked'), 'revoked');
    assert.equal(parseSignInReason('expired'), 'expired');
    assert.equal(parseSignInReason('<script>'), undefined);
  });
});

describe('pageUrl', () => {
  it('rebuilds a page URL from its path and search params, repeated ones included', () => {
    assert.equal(
      pageUrl('/jobs', { page: '2', tag: ['a', 'b'], none: undefined }),
      '/jobs?page=2&tag=a&tag=b',
    );
    assert.equal(pageUrl('/jobs'), '/jobs');
  });
});
