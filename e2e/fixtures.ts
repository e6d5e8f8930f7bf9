import { test as base, expect, type Page } from '@playwright/test';
import { cspGuardedContext } from './csp-guard';
import { sandboxRegion, sandboxUrl } from './env';

/**
 * Fixtures for every spec: `sandbox` (the sandbox's control plane, reset before the test
 * that asks for it), `signIn(page, user)` through the real sign-in form, and
 * `signedInPage` (a page signed in as Ada).
 */

export type SandboxUser = { email: string; fullName: string; key: string };

/** The sandbox's fixed seed (COMMON.md); `sandbox.users()` reads the live list. */
export const users = {
  ada: {
    email: 'ada@example.com',
    fullName: 'Ada Lovelace',
    key: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0',
  },
  grace: {
    email: 'grace@example.com',
    fullName: 'Grace Hopper',
    key: 'b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1',
  },
  alan: {
    email: 'alan@example.com',
    fullName: 'Alan Turing',
    key: 'c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2',
  },
  nova: {
    email: 'nova@example.com',
    fullName: 'Nova Newman',
    key: 'd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3',
  },
  bulk: {
    email: 'bulk@example.com',
    fullName: 'Bulk Loader',
    key: 'e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4',
  },
} as const satisfies Record<string, SandboxUser>;

export type ApiResult<T = unknown> = { status: number; headers: Headers; body: T };

async function ensureOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`Sandbox ${what} answered ${response.status}: ${await response.text()}`);
  return response;
}

export class SandboxControl {
  constructor(readonly url: string = sandboxUrl) {}

  private async control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.url}/_sandbox/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return ensureOk(response, `${method} /_sandbox/${path}`);
  }

  async users(): Promise<SandboxUser[]> {
    return (await this.control('GET', 'users')).json() as Promise<SandboxUser[]>;
  }

  async reset(): Promise<void> {
    await this.control('POST', 'reset');
  }

  async advanceClock(seconds: number): Promise<void> {
    await this.control('POST', 'clock', { seconds });
  }

  async setFaults(faults: Record<string, unknown>): Promise<void> {
    await this.control('POST', 'faults', faults);
  }

  async setLimits(limits: Record<string, unknown>): Promise<void> {
    await this.control('POST', 'limits', limits);
  }

  async revoke(key: string): Promise<void> {
    await this.control('POST', 'revoke', { key });
  }

  async calls(): Promise<unknown> {
    return (await this.control('GET', 'calls')).json();
  }

  /** Calls the sandbox's /api/v2 directly as `user`, for test set-up (path like `v2/jobs/`). */
  async api<T = unknown>(
    user: SandboxUser,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResult<T>> {
    const response = await fetch(`${this.url}/api/${path.replace(/^\/+/, '')}`, {
      method,
      headers: {
        authorization: `Token ${user.key}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }
}

/** Fills and submits the real sign-in form; resolves once the app has left /sign-in. */
export async function signInThroughForm(page: Page, user: SandboxUser): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/sign-in') await page.goto('/sign-in');
  await page.getByLabel('Region').selectOption(sandboxRegion);
  await page.getByLabel('API key').fill(user.key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

export type Options = {
  /** The sandbox of the stack the project runs against (playwright.config.ts). */
  sandboxUrl: string;
};

type Fixtures = {
  sandbox: SandboxControl;
  signIn: (page: Page, user?: SandboxUser) => Promise<void>;
  signedInPage: Page;
};

export const test = base.extend<Options & Fixtures>({
  context: cspGuardedContext,
  sandboxUrl: [sandboxUrl, { option: true }],
  sandbox: async ({ sandboxUrl }, use) => {
    const sandbox = new SandboxControl(sandboxUrl);
    await sandbox.reset();
    await use(sandbox);
  },
  // Depends on `sandbox` so that it is reset first: keys revoked by an earlier test work again.
  signIn: async ({ sandbox: _reset }, use) => {
    await use((page, user = users.ada) => signInThroughForm(page, user));
  },
  signedInPage: async ({ page, signIn }, use) => {
    await signIn(page, users.ada);
    await use(page);
  },
});

export { expect };
