import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applySecurityHeaders,
  arrivedOverHttps,
  pageContentSecurityPolicy,
  STATIC_CONTENT_SECURITY_POLICY,
  STATIC_CSP_SOURCE,
  staticHeaderRules,
  withStaticContentSecurityPolicy,
} from './security-headers';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('pageContentSecurityPolicy', () => {
  it('allows scripts only by nonce, and refuses objects, base changes and framing', () => {
    const policy = directives(pageContentSecurityPolicy('bm9uY2U='));
    assert.equal(policy.get('script-src'), "'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    assert.equal(policy.get('object-src'), "'none'");
    assert.equal(policy.get('base-uri'), "'none'");
    assert.equal(policy.get('frame-ancestors'), "'none'");
    assert.equal(policy.get('form-action'), "'self'");
  });

  it("adds 'unsafe-eval' only for development, where React needs it", () => {
    assert.doesNotMatch(pageContentSecurityPolicy('n'), /unsafe-eval/);
    assert.match(pageContentSecurityPolicy('n', true), /'unsafe-eval'/);
  });
});

describe('static policy', () => {
  it('runs no script and refuses framing', () => {
    const policy = directives(STATIC_CONTENT_SECURITY_POLICY);
    assert.equal(policy.get('default-src'), "'none'");
    assert.equal(policy.get('script-src'), undefined);
    assert.equal(policy.get('frame-ancestors'), "'none'");
  });

  it('adds HSTS in production, for requests forwarded as HTTPS only', () => {
    assert.equal(staticHeaderRules(false).length, 2);
    const hsts = staticHeaderRules(true)[2];
    assert.deepEqual(hsts?.has, [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }]);
    assert.equal(hsts?.headers[0]?.key, 'Strict-Transport-Security');
  });
});

describe('STATIC_CSP_SOURCE', () => {
  it('leaves out the Rescale proxy route only', () => {
    const pattern = new RegExp(`^${STATIC_CSP_SOURCE.replace('/:path', '/')}$`);
    for (const path of [
      '/api/auth/csrf',
      '/_next/static/chunks/a.js',
      '/robots.txt',
      '/api/rescaled',
      '/api/rescale/',
    ]) {
      assert.match(path, pattern, path);
    }
    assert.doesNotMatch('/api/rescale/v2/jobs/', pattern);
  });
});

describe('withStaticContentSecurityPolicy', () => {
  it("keeps a response's own policy and gives the static one to the rest", () => {
    const download = new Response('x', {
      headers: { 'content-security-policy': "sandbox; default-src 'none'" },
    });
    assert.equal(
      withStaticContentSecurityPolicy(download).headers.get('content-security-policy'),
      "sandbox; default-src 'none'",
    );
    const json = Response.json({ detail: 'x' });
    assert.equal(
      withStaticContentSecurityPolicy(json).headers.get('content-security-policy'),
      STATIC_CONTENT_SECURITY_POLICY,
    );
  });
});

describe('applySecurityHeaders', () => {
  it('sets HSTS only in production over HTTPS', () => {
    for (const [production, https, expected] of [
      [true, true, true],
      [true, false, false],
      [false, true, false],
    ] as const) {
      const headers = new Headers();
      applySecurityHeaders(headers, "default-src 'none'", { production, https });
      assert.equal(headers.has('strict-transport-security'), expected);
      assert.equal(headers.get('x-content-type-options'), 'nosniff');
      assert.equal(headers.get('x-frame-options'), 'DENY');
      assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
      assert.match(headers.get('permissions-policy') ?? '', /camera=\(\)/);
    }
  });
});

describe('arrivedOverHttps', () => {
  it('believes the first forwarded protocol, else the URL', () => {
    const http = new URL('http://127.0.0.1:3000/jobs');
    assert.equal(arrivedOverHttps(http, new Headers({ 'x-forwarded-proto': 'https, http' })), true);
    assert.equal(arrivedOverHttps(http, new Headers()), false);
    assert.equal(arrivedOverHttps(new URL('https://dash.example/'), new Headers()), true);
    assert.equal(
      arrivedOverHttps(new URL('https://dash.example/'), new Headers({ 'x-forwarded-proto': 'http' })),
      false,
    );
  });
});
