import { appHost, sandboxRegion, unreachableRegion } from './env';
import { expect, test, users } from './fixtures';
import { expectOutcomesShown } from './job-outcomes';

const SESSION_COOKIES = ['__Host-rescale_session', '__Host-rescale_identity'];

test.describe('sign-in', () => {
  test('a signed-out visit to a deep link returns to the same URL, query included, after signing in', async ({
    page,
    signInWithForm,
  }) => {
    await page.goto('/jobs?page=2&search=wing');
    await expect(page).toHaveURL('/sign-in?callbackUrl=%2Fjobs%3Fpage%3D2%26search%3Dwing');
    await signInWithForm(page, users.ada);
    await expect(page).toHaveURL('/jobs?page=2&search=wing');
  });

  test('a good key lands on /jobs, with the region and the email in the shell', async ({
    page,
    signInWithForm,
  }) => {
    await page.goto('/sign-in');
    await signInWithForm(page, users.grace);
    await expect(page).toHaveURL('/jobs');
    const banner = page.getByRole('banner');
    await expect(banner.getByText('grace@example.com')).toBeVisible();
    await expect(banner.getByText(sandboxRegion, { exact: true })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('a rejected key says so, names the region, and keeps the region and the key', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Region').selectOption(sandboxRegion);
    await page.getByLabel('API key').fill('f'.repeat(40));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'did not accept this API key' })).toContainText(
      `The ${sandboxRegion} region`,
    );
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByLabel('Region')).toHaveValue(sandboxRegion);
    await expect(page.getByLabel('API key')).toHaveValue('f'.repeat(40));
  });

  test('an unreachable region says so and stays selected', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Region').selectOption(unreachableRegion);
    await page.getByLabel('API key').fill(users.ada.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be reached' })).toContainText(
      `The ${unreachableRegion} region`,
    );
    await expect(page.getByLabel('Region')).toHaveValue(unreachableRegion);
  });

  test('the form is labelled for assistive technology, hides the key until asked, and offers no key page a custom region lacks', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    const key = page.getByLabel('API key', { exact: true });
    await expect(key).toHaveAttribute('type', 'password');
    await page.getByRole('button', { name: 'Show key' }).click();
    await expect(key).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide key' }).click();
    await expect(key).toHaveAttribute('type', 'password');
    await page.getByLabel('Region').selectOption(sandboxRegion);
    await expect(page.getByRole('link', { name: /API key/ })).toHaveCount(0);
    await expect(page.getByText(`Ask whoever runs ${sandboxRegion} for a key`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  });

  test('a callback URL on another origin is ignored in favour of /jobs', async ({ page, signInWithForm }) => {
    await page.goto('/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fjobs');
    await signInWithForm(page, users.ada);
    await expect(page).toHaveURL('/jobs');
  });
});

test.describe('the session', () => {
  test('is kept in __Host- prefixed HttpOnly, Secure, SameSite=Lax, host-only cookies that Chromium accepts over http on 127.0.0.1', async ({
    signedInPage,
  }) => {
    const cookies = await signedInPage.context().cookies();
    for (const name of SESSION_COOKIES) {
      const cookie = cookies.find((candidate) => candidate.name === name);
      expect(cookie, `${name} is set`).toBeDefined();
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.domain, `${name} names no Domain`).toBe(appHost);
    }
  });

  test('sign-out removes both sessions', async ({ signedInPage: page }) => {
    await page.goto('/jobs');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/sign-in?signedOut=1');
    await expect(page.getByRole('status')).toHaveText('You have signed out.');
    const names = (await page.context().cookies()).map((cookie) => cookie.name);
    for (const name of SESSION_COOKIES) expect(names).not.toContain(name);
    await page.goto('/jobs');
    await expect(page).toHaveURL('/sign-in?callbackUrl=%2Fjobs');
    const proxied = await page.request.get('/api/rescale/v2/users/me/');
    expect(proxied.status()).toBe(401);
  });

  test('a key revoked mid-session leads to sign-in with the message, and back to the page afterwards', async ({
    signedInPage: page,
    sandbox,
    signInWithForm,
  }) => {
    await page.goto('/jobs?page_size=10');
    await expect(page.getByRole('heading', { name: 'Jobs', exact: true })).toBeVisible();
    await expectOutcomesShown(page);
    await sandbox.revoke(users.ada.key);
    await page.reload();
    await expect(page).toHaveURL('/sign-in?callbackUrl=%2Fjobs%3Fpage_size%3D10&reason=revoked');
    await expect(page.getByRole('status')).toContainText('Rescale no longer accepts the stored key');
    await signInWithForm(page, users.grace);
    await expect(page).toHaveURL('/jobs?page_size=10');
    await expect(page.getByRole('banner').getByText('grace@example.com')).toBeVisible();
  });

  test('a session cookie that no longer opens sends to sign-in saying the session expired', async ({
    page,
    context,
  }) => {
    await context.addCookies(
      SESSION_COOKIES.map((name) => ({
        name,
        value: 'Fe26.2*1*tampered',
        domain: appHost,
        path: '/',
        secure: true,
        httpOnly: true,
      })),
    );
    await page.goto('/jobs/AIRfoL');
    await expect(page).toHaveURL('/sign-in?callbackUrl=%2Fjobs%2FAIRfoL&reason=expired');
    await expect(page.getByRole('status')).toContainText('Your session has expired');
  });

  test('API routes answer 401 JSON instead of redirecting when signed out', async ({ request }) => {
    for (const path of ['/api/rescale/v2/jobs', '/api/not-a-route']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      expect(response.headers()['content-type']).toContain('application/json');
      expect((await response.json()).detail).toMatch(/sign in/i);
    }
  });
});
