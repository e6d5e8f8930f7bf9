import type { Request } from '@playwright/test';
import { expect, test, users } from './fixtures';

type Recorded = { url: string; status: number; text: string };

/** Every form in which a key could be spelled out in a response. */
function keyForms(key: string): string[] {
  return [key, Buffer.from(key).toString('base64'), Buffer.from(key).toString('base64url'), `Token ${key}`];
}

test('the browser receives the key in no response of a whole session, and the session cookie is HttpOnly', async ({
  page,
  signInWithForm,
}) => {
  const pending: Promise<Recorded>[] = [];
  // On `requestfinished` the body is complete; redirects have none and record headers only.
  const record = async (request: Request): Promise<Recorded> => {
    const response = await request.response();
    if (!response) return { url: request.url(), status: 0, text: '' };
    const headers = await response.headersArray();
    const body = await response.body().catch(() => Buffer.alloc(0));
    const headerText = headers.map(({ name, value }) => `${name}: ${value}`).join('\n');
    return {
      url: response.url(),
      status: response.status(),
      text: `${headerText}\n\n${body.toString('latin1')}`,
    };
  };
  page.on('requestfinished', (request) => pending.push(record(request)));

  await page.goto('/jobs?page=2');
  await page.getByLabel('API key').fill('f'.repeat(40));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'did not accept' })).toBeVisible();
  await signInWithForm(page, users.ada);
  await expect(page).toHaveURL('/jobs?page=2');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL('/jobs');

  const fromPage = await page.evaluate(async () => {
    const results: string[] = [];
    for (const url of ['/api/rescale/v2/users/me/', '/api/auth/session', '/api/auth/csrf']) {
      const response = await fetch(url);
      results.push(`${response.status} ${await response.text()}`);
    }
    return {
      results,
      cookie: document.cookie,
      storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
    };
  });
  expect(fromPage.results[0]).toMatch(/^200 .*ada@example\.com/);
  expect(fromPage.results[1]).toMatch(/^200 .*ada@example\.com/);

  const cookies = await page.context().cookies();
  const vault = cookies.find((cookie) => cookie.name === '__Host-rescale_session');
  expect(vault).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
  expect(fromPage.cookie).not.toContain('rescale_session');
  expect(fromPage.cookie).not.toContain('rescale_identity');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in?signedOut=1');

  const recorded = await Promise.all(pending);
  const kinds = new Set(recorded.map(({ text }) => /content-type: ([^;\n]+)/i.exec(text)?.[1] ?? 'none'));
  expect(recorded.length).toBeGreaterThan(10);
  for (const kind of ['text/html', 'application/json', 'text/x-component'])
    expect([...kinds]).toContain(kind);
  expect([...kinds].some((kind) => kind.includes('javascript'))).toBe(true);

  const forms = keyForms(users.ada.key);
  for (const { url, status, text } of recorded) {
    for (const form of forms) expect(text.includes(form), `${status} ${url} contains the key`).toBe(false);
  }
  for (const form of forms) {
    expect(fromPage.storage).not.toContain(form);
    for (const cookie of cookies) expect(cookie.value, cookie.name).not.toContain(form);
  }
});
