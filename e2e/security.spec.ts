import type { APIResponse, Page } from '@playwright/test';
import { currentStack, expect, signInThroughForm, test, users } from './fixtures';

/**
 * What the dashboard defends as it faces the internet: security headers on every kind of
 * response, a nonce-based CSP that the pages live within, framing refused, proxied files
 * that download instead of running, and redirects that stay on the dashboard.
 */

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

function expectCommonHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of Object.entries(COMMON_HEADERS))
    expect(headers[name], `${what}: ${name}`).toBe(value);
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], what).toContain("object-src 'none'");
  expect(headers['content-security-policy'], what).toContain("base-uri 'none'");
}

async function firstFileId(page: Page): Promise<string> {
  const list = await page.request.get('/api/rescale/v2/files/?page_size=1');
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { results: { id: string }[] };
  const id = body.results[0]?.id;
  if (!id) throw new Error('The sandbox seed has no file for ada');
  return id;
}

test.describe('security headers', () => {
  test('a page gets a nonce-based CSP, and every script Next sends carries the nonce', async ({
    signedInPage: page,
  }) => {
    const response = await page.goto('/jobs');
    const headers = response?.headers() ?? {};
    expectCommonHeaders(headers, 'page');
    const nonce = headers['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(headers['content-security-policy']).toContain(
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    );
    expect(headers['content-security-policy']).toContain("form-action 'self'");
    expect(headers['strict-transport-security']).toBeUndefined();

    const sentScripts = [...((await response?.text()) ?? '').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(sentScripts.length).toBeGreaterThan(0);
    for (const tag of sentScripts) expect(tag).toContain(` nonce="${nonce}"`);
    // Chunks that Next's runtime loads later (a lazy dialog, the live scheduler) come without
    // the attribute, trusted through 'strict-dynamic'; the context's CSP guard would hear any
    // script refused. Every script in the page is either one the server sent or such a chunk.
    const inPage = await page
      .locator('script')
      .evaluateAll((elements) =>
        elements.map((e) => ({ nonce: (e as HTMLScriptElement).nonce, src: e.getAttribute('src') ?? '' })),
      );
    for (const script of inPage) {
      if (script.nonce !== nonce) expect(script.src).toMatch(/^\/_next\/static\/chunks\/[^/?#]+\.js$/);
    }

    const again = await page.request.get('/jobs');
    expect(again.headers()['content-security-policy']).not.toContain(nonce);
  });

  test('the sign-in page, a route handler, the proxy route and a static asset carry them too', async ({
    page,
    signIn,
  }) => {
    const signInPage = await page.goto('/sign-in');
    expectCommonHeaders(signInPage?.headers() ?? {}, 'sign-in');
    expect(signInPage?.headers()['content-security-policy']).toContain("'nonce-");
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const responses: [string, APIResponse][] = [
      ['static asset', await page.request.get(script ?? '')],
      ['route handler', await page.request.get('/api/auth/csrf')],
      ['proxy route, signed out', await page.request.get('/api/rescale/v2/jobs/')],
    ];
    await signIn(page, users.ada);
    responses.push(['proxy route', await page.request.get('/api/rescale/v2/users/me/')]);
    for (const [what, response] of responses) {
      expect(response.status(), what).toBeLessThan(500);
      expectCommonHeaders(response.headers(), what);
    }
  });

  test('HSTS is sent only to a request that arrived over HTTPS', async ({ page }) => {
    const overHttps = await page.request.get('/sign-in', { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers()['strict-transport-security']).toMatch(/^max-age=\d{8}/);
    const asset = await page.request.get('/robots.txt', { headers: { 'x-forwarded-proto': 'https' } });
    expect(asset.headers()['strict-transport-security']).toMatch(/^max-age=\d{8}/);
    const plain = await page.request.get('/sign-in');
    expect(plain.headers()['strict-transport-security']).toBeUndefined();
  });

  test('a same-site page cannot frame a job page, signed in', async ({ signedInPage: page, browser }) => {
    // Measured: with its refused frame this test takes most of a minute in Debian's Chromium.
    test.slow();
    const attacker = await browser.newContext();
    await attacker.addCookies(await page.context().cookies());
    const framer = await attacker.newPage();
    const { appUrl } = currentStack();
    const sameSite = `http://127.0.0.1:${Number(new URL(appUrl).port) + 7}/frame`;
    await framer.route(sameSite, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe src="${appUrl}/jobs/AIRfoL"></iframe>` }),
    );
    const direct = await page.request.get('/jobs/AIRfoL');
    expect(direct.headers()['x-frame-options']).toBe('DENY');
    expect(direct.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await framer.goto(sameSite);
    await expect(framer.locator('iframe')).toHaveCount(1);
    await expect(framer.frameLocator('iframe').getByRole('button', { name: /stop|delete/i })).toHaveCount(0);
    await expect(framer.frameLocator('iframe').getByText('AIRfoL')).toHaveCount(0);
    await attacker.close();
  });

  test('every page lives within its CSP', async ({ signedInPage: page }) => {
    for (const path of [
      '/jobs',
      '/jobs/AIRfoL',
      '/jobs/AIRfoL?tab=runs',
      '/files',
      '/jobs/new',
      '/no-such-page',
    ]) {
      await page.goto(path);
      await expect(page.locator('main, body').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
  });
});

test.describe('proxied files', () => {
  test('a download is an attachment with its name, nosniff, sandboxed, of an inert type', async ({
    signedInPage: page,
  }) => {
    const id = await firstFileId(page);
    const response = await page.request.get(`/api/rescale/v2/files/${id}/contents/`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-disposition']).toMatch(/^attachment; filename=".+"/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(headers['content-type']).toMatch(
      /^(text\/plain|application\/(octet-stream|pdf|zip|gzip|x-tar)|image\/(png|jpeg|gif|webp))/,
    );
  });

  test('only the resources the dashboard uses are forwarded, and other methods get 405', async ({
    signedInPage: page,
  }) => {
    const unknown = await page.request.get('/api/rescale/v2/admin/');
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).code).toBe('unknown_resource');
    const trace = await page.request.fetch('/api/rescale/v2/jobs/', { method: 'TRACE' });
    expect(trace.status()).toBe(405);
    expect(trace.headers()['allow']).toContain('GET');
    const options = await page.request.fetch('/api/rescale/v2/jobs/', { method: 'OPTIONS' });
    expect(options.status()).toBe(405);
    expect(options.headers()['allow']).toBe('GET, HEAD, POST, PUT, PATCH, DELETE');
  });
});

test.describe('redirects after sign-in', () => {
  for (const target of ['/.//evil.example/phish', '/jobs/..//evil.example/x', '/%2e//evil.example']) {
    test(`callbackUrl ${target} ends on the dashboard`, async ({ page, sandbox: _reset }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
      await signInThroughForm(page, users.ada);
      await expect(page).toHaveURL(`${currentStack().appUrl}/jobs`);
    });
  }
});
