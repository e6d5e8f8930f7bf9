import type { Browser, BrowserContext, Cookie, Page } from '@playwright/test';
import { sandboxRegion } from './env';
import { currentStack, expect, test, users } from './fixtures';

/**
 * A cookie captured before the sign-in ended is replayed from a fresh browser: the proxy
 * answers 401 and pages go to sign-in, whichever way the sign-in ended.
 */

const ME = '/api/rescale/v2/users/me/';

async function withCookies<T>(
  browser: Browser,
  cookies: Cookie[],
  use: (context: BrowserContext) => Promise<T>,
) {
  const context = await browser.newContext({ baseURL: currentStack().appUrl });
  try {
    await context.addCookies(cookies);
    return await use(context);
  } finally {
    await context.close();
  }
}

/** Replays `cookies`: what the proxy answers, and where a page visit lands. */
async function replay(browser: Browser, cookies: Cookie[]): Promise<{ proxy: number; page: string }> {
  return withCookies(browser, cookies, async (context) => {
    const proxy = (await context.request.get(ME)).status();
    const page = await context.newPage();
    await page.goto('/jobs');
    return { proxy, page: new URL(page.url()).pathname };
  });
}

/** Signs in as ada and captures the cookies, checking that they work from another browser. */
async function captureSignedIn(page: Page, browser: Browser, signIn: (page: Page) => Promise<void>) {
  await signIn(page);
  const cookies = await page.context().cookies();
  expect(await replay(browser, cookies)).toEqual({ proxy: 200, page: '/jobs' });
  return cookies;
}

test.describe('a sign-in that ended', () => {
  test('through the Sign out button cannot be replayed', async ({ page, browser, signIn }) => {
    const cookies = await captureSignedIn(page, browser, signIn);
    await page.goto('/jobs');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/sign-in?signedOut=1');
    expect(await replay(browser, cookies)).toEqual({ proxy: 401, page: '/sign-in' });
  });

  test("through next-auth's own POST /api/auth/signout cannot be replayed", async ({
    page,
    browser,
    signIn,
  }) => {
    const cookies = await captureSignedIn(page, browser, signIn);
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signedOut = await page.request.post('/api/auth/signout', { form: { csrfToken, json: 'true' } });
    expect(signedOut.ok()).toBe(true);
    expect(await replay(browser, cookies)).toEqual({ proxy: 401, page: '/sign-in' });
    await withCookies(browser, cookies, async (context) => {
      const session = await (await context.request.get('/api/auth/session')).json();
      expect(session).toEqual({});
    });
  });

  test('through "switch account" cannot be replayed', async ({ page, browser, signIn }) => {
    const cookies = await captureSignedIn(page, browser, signIn);
    await page.goto('/jobs/NOSUCH');
    await page.getByRole('button', { name: 'Sign out and sign in with another key or region' }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjobs%2FNOSUCH/);
    expect(await replay(browser, cookies)).toEqual({ proxy: 401, page: '/sign-in' });
  });

  test('because Rescale rejected the key cannot be replayed once the key works again', async ({
    page,
    browser,
    signIn,
    sandbox,
  }) => {
    test.slow();
    const cookies = await captureSignedIn(page, browser, signIn);
    await page.goto('/jobs');
    await expect(page.getByRole('heading', { name: 'Jobs', exact: true })).toBeVisible();
    await sandbox.revoke(users.ada.key);
    const rejected = await page.request.get(ME);
    expect(rejected.status()).toBe(401);
    // The /jobs page left open polls: its next call finds the sign-in ended by that 401 and
    // says the key was rejected. Waiting for it also keeps it from cutting into the sign-in below.
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjobs&reason=revoked$/, { timeout: 60_000 });
    await sandbox.reset();
    expect(await replay(browser, cookies)).toEqual({ proxy: 401, page: '/sign-in' });
    await signIn(page);
    expect((await page.request.get(ME)).status()).toBe(200);
  });
});

test.describe('sign-in throttling', () => {
  // The e2e server trusts one proxy (TRUST_PROXY=1) and allows 3 rejected keys per address
  // (playwright.config.ts), so this test speaks from an address of its own.
  const address = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;

  test('refuses with 429 and Retry-After, then the form says in words how long to wait and keeps the key', async ({
    page,
    sandbox: _reset,
  }) => {
    await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': address });
    const guess = async () => {
      const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as {
        csrfToken: string;
      };
      return page.request.post('/api/auth/callback/credentials', {
        form: {
          csrfToken,
          region: sandboxRegion,
          apiKey: 'f'.repeat(40),
          json: 'true',
          callbackUrl: '/jobs',
        },
      });
    };
    expect((await guess()).status()).toBe(401);
    expect((await guess()).status()).toBe(401);
    const delayed = await guess();
    expect(delayed.status()).toBe(429);
    const delay = Number(delayed.headers()['retry-after']);
    expect(delay).toBeGreaterThanOrEqual(1);
    expect(delay).toBeLessThanOrEqual(2);
    await page.waitForTimeout(delay * 1000 + 200);
    expect((await guess()).status()).toBe(401);

    const refused = await guess();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(800);

    await page.goto('/sign-in');
    await page.getByLabel('Region').selectOption(sandboxRegion);
    await page.getByLabel('API key').fill(users.ada.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' })).toContainText(
      /Too many failed sign-ins from your network\. Wait 1[45] minutes, then try again/,
    );
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByLabel('API key')).toHaveValue(users.ada.key);
  });
});
