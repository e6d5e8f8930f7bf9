import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextAuthRedirect, pageUrl, parseSignInReason, safeCallbackUrl, signInUrl } from './sign-in-url';

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

  for (const [legit, followed] of [
    ['/jobs/AIRfoL?tab=runs', '/jobs/AIRfoL?tab=runs'],
    ['/jobs', '/jobs'],
    ['/jobs?page=3&search=wing', '/jobs?page=3&search=wing'],
    ['/jobs?search=50%25%20done', '/jobs?search=50%25%20done'],
    ['/jobs?search=%2F%2Fnot-a-host', '/jobs?search=%2F%2Fnot-a-host'],
    ['/files?search=a%26b', '/files?search=a%26b'],
    ['/jobs/new', '/jobs/new'],
    ['/jobs/AIRfoL/../XyZ12', '/jobs/XyZ12'],
    ['/jobs/./AIRfoL', '/jobs/AIRfoL'],
    ['/jobs/caf%C3%A9', '/jobs/caf%C3%A9'],
    ['/jobs/café', '/jobs/caf%C3%A9'],
    ['/', '/'],
  ]) {
    it(`follows ${JSON.stringify(legit)} as ${JSON.stringify(followed)}`, () => {
      assert.equal(safeCallbackUrl(legit), followed);
    });
  }

  const hostile = [
    // The open redirects that passed the raw-string check: dot segments collapse into `//`.
    '/.//evil.example/phish',
    '/jobs/..//evil.example/x',
    '/%2e//evil.example',
    '/jobs/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/jobs/.%2e//evil.example',
    '/./..//evil.example',
    '/a/b/../../..//evil.example',
    // Double and triple encoding, for servers that decode again before routing.
    '/%252e%252e//evil.example',
    '/jobs/%252e%252e//evil.example',
    '/%2f%2fevil.example',
    '/%252f%252fevil.example',
    '/%25252f%25252fevil.example',
    '/%2525252f%2525252fevil.example',
    // Scheme-relative and backslash forms.
    '//evil.example/jobs',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    '\\/evil.example',
    // Whitespace and controls, which URL parsers strip or split on.
    '/\tevil',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/jobs\n',
    '/%09/evil.example',
    '/%0a/evil.example',
    ' //evil.example',
    '/\u0000/evil.example',
    '/\u2028/evil.example',
    '/\u200b/evil.example',
    '/\ufeff/evil.example',
    // Absolute URLs and schemes.
    'https://evil.example/jobs',
    'http://evil.example',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https:evil.example',
    'http:/evil.example',
    // Credentials and other hosts spelled as paths.
    '//user@evil.example',
    '/@evil.example/..//evil.example',
    'https://same-origin.invalid@evil.example/',
    // Not a path at all.
    'jobs',
    'evil.example',
    '',
    '?callbackUrl=//evil.example',
    '#//evil.example',
    // Sign-in itself, however it is spelled.
    '/sign-in?callbackUrl=/jobs',
    '/sign-in/',
    '/jobs/../sign-in',
    '/%73ign-in',
    // Too long to be a page of this app.
    `/jobs/${'a'.repeat(2048)}`,
  ];

  it('has a corpus of at least 30 hostile variants', () => {
    assert.ok(hostile.length >= 30);
  });

  for (const target of hostile) {
    it(`falls back to /jobs for ${JSON.stringify(target.slice(0, 60))}`, () => {
      assert.equal(safeCallbackUrl(target), '/jobs');
    });
  }

  it('never returns a value a browser resolves to another origin', () => {
    const base = 'https://dashboard.example';
    for (const target of hostile) {
      assert.equal(new URL(safeCallbackUrl(target), base).origin, base, JSON.stringify(target));
    }
  });

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

describe('nextAuthRedirect', () => {
  const baseUrl = 'https://dashboard.example';

  it('follows a path or a URL on the app itself', () => {
    assert.equal(
      nextAuthRedirect({ url: '/jobs/AIRfoL?tab=runs', baseUrl }),
      `${baseUrl}/jobs/AIRfoL?tab=runs`,
    );
    assert.equal(nextAuthRedirect({ url: `${baseUrl}/files`, baseUrl }), `${baseUrl}/files`);
  });

  it('sends anything else to the jobs list on the app', () => {
    for (const url of [
      '/.//evil.example/phish',
      `${baseUrl}/.//evil.example/phish`,
      `${baseUrl}.evil.example/jobs`,
      `${baseUrl}@evil.example/jobs`,
      'https://evil.example/',
    ]) {
      assert.equal(nextAuthRedirect({ url, baseUrl }), `${baseUrl}/jobs`, url);
    }
  });
});
