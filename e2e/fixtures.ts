import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import { cspGuardedContext } from './csp-guard';
import { withHurriedClock } from './hurried-clock';
import type { CallCount } from '../sandbox/sandbox';
import { ServerLog } from '../scripts/server-log';
import { sandboxRegion, stackOf, type Stack } from './env';

/**
 * Fixtures for every spec: `sandbox` (the sandbox's control plane, reset before the test
 * that asks for it, with typed call counts and job creation), `signIn(page, user)` through
 * next-auth's endpoints, `signInWithForm` through the real sign-in form, `signedInPage` (a
 * blank page signed in as Ada), `axe` (the one accessibility standard: no serious or
 * critical violation) and `serverLog` (the app server's output: mark it, act, then read what
 * it logged since).
 */

export type SandboxUser = { email: string; fullName: string; key: string };

/** The sandbox's fixed seed (sandbox/users.ts); `sandbox.users()` reads the live list. */
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

/** Upstream calls the sandbox counted, by API key. */
export type CallCounts = Record<string, CallCount>;

/** What the created job runs: an Abaqus job on HPC-3, or a script of the user's own on Marble. */
const JOB_ANALYSES = {
  abaqus: {
    analysis: { code: 'abaqus' },
    command: 'abaqus job=bracket',
    hardware: { coreType: 'hpc-3', coresPerSlot: 1 },
  },
  userIncluded: {
    analysis: { code: 'user_included', version: '0' },
    command: './run.sh',
    hardware: { coreType: 'standard-plus', coresPerSlot: 1 },
  },
} as const;

export type NewJob = { software?: keyof typeof JOB_ANALYSES; submit?: boolean };

async function ensureOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`Sandbox ${what} answered ${response.status}: ${await response.text()}`);
  return response;
}

export class SandboxControl {
  constructor(readonly url: string) {}

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

  async calls(): Promise<CallCounts> {
    return (await this.control('GET', 'calls')).json() as Promise<CallCounts>;
  }

  /** Every call the sandbox received with `user`'s key, whatever its scope or outcome. */
  async upstreamCalls(user: SandboxUser): Promise<number> {
    return (await this.calls())[user.key]?.total ?? 0;
  }

  /** Creates a one-run job as `user` (and submits it when asked); resolves to its id. */
  async createJob(user: SandboxUser, name: string, { software = 'abaqus', submit = false }: NewJob = {}) {
    const created = await this.api<{ id: string }>(user, 'POST', 'v2/jobs/', {
      name,
      jobanalyses: [JOB_ANALYSES[software]],
    });
    expect(created.status).toBe(201);
    if (submit) {
      const submitted = await this.api(user, 'POST', `v2/jobs/${created.body.id}/submit/`);
      expect(submitted.status).toBeLessThan(300);
    }
    return created.body.id;
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

/**
 * Signs in through next-auth's own endpoints, as the form's script does, without drawing the
 * form or the page after it: for specs about what comes after signing in. The page stays
 * where it was; the session cookies land in its context.
 */
export async function signInThroughApi(page: Page, user: SandboxUser): Promise<void> {
  const csrf = await page.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, region: sandboxRegion, apiKey: user.key, callbackUrl: '/jobs', json: 'true' },
  });
  const { url } = (await response.json()) as { url: string };
  if (!response.ok() || new URL(url).searchParams.has('error')) {
    throw new Error(`Signing in as ${user.email} failed: ${response.status()} ${url}`);
  }
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Serious or critical WCAG 2.1 A/AA violations on the page as it is now, one line each.
 * `rules` narrows the check to those rules: for a page seen again in other colours.
 */
export async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default finishes each run in a new blank
  // page, which doubled every check's time (our pages embed no cross-origin frame, the one
  // thing only the default mode covers). Only violations are read: the other result types
  // then keep one node each, which took a quarter to a third off each check on /jobs.
  // One options object, as `options()` replaces the rules `withTags()` chose: called after
  // it, axe ran every rule it has, WCAG 2.2's and best practices' too, for a quarter more time.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({
      runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_21_AA },
      resultTypes: ['violations'],
    })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

type SignIn = (page: Page, user?: SandboxUser) => Promise<void>;

type Options = {
  /**
   * The test's pages run on a clock ten times faster than real time (`withHurriedClock`):
   * for specs that wait for what the live scheduler's next poll brings and count no calls.
   */
  hurriedPolls: boolean;
};

type Fixtures = {
  /** The sandbox of this worker's stack (e2e/env.ts). */
  sandboxUrl: string;
  sandbox: SandboxControl;
  /** Signs in without drawing a page (`signInThroughApi`); the page stays where it was. */
  signIn: SignIn;
  /** Signs in through the real form and waits to leave /sign-in: for specs about signing in. */
  signInWithForm: SignIn;
  /** A blank page signed in as Ada. */
  signedInPage: Page;
  axe: { violations: (page?: Page) => Promise<string[]> };
  serverLog: ServerLog;
};

/** A private address for one attempt of one test: three bytes of a hash of its id. */
function clientAddressOf(attempt: string): string {
  const [a, b, c] = createHash('sha256').update(attempt).digest();
  return `10.${a}.${b}.${c}`;
}

export const test = base.extend<Fixtures & Options>({
  hurriedPolls: [false, { option: true }],
  context: async ({ context, hurriedPolls }, use) => {
    await cspGuardedContext({ context }, (guarded) =>
      hurriedPolls ? withHurriedClock(guarded, () => use(guarded)) : use(guarded),
    );
  },
  baseURL: async ({}, use, testInfo) => {
    await use(stackOf(testInfo.parallelIndex).appUrl);
  },
  // Each test speaks from a client address of its own, for every context it opens (the e2e
  // server trusts one proxy): the sign-in throttle counts failures per address, and a
  // worker's earlier tests with rejected keys locked later sign-ins out of its server.
  extraHTTPHeaders: async ({}, use, testInfo) => {
    await use({ 'x-forwarded-for': clientAddressOf(`${testInfo.testId}:${testInfo.retry}`) });
  },
  sandboxUrl: async ({}, use, testInfo) => {
    await use(stackOf(testInfo.parallelIndex).sandboxUrl);
  },
  sandbox: async ({ sandboxUrl }, use) => {
    const sandbox = new SandboxControl(sandboxUrl);
    await sandbox.reset();
    await use(sandbox);
  },
  // Both depend on `sandbox` so that it is reset first: keys revoked by an earlier test work again.
  signIn: async ({ sandbox: _reset }, use) => {
    await use((page, user = users.ada) => signInThroughApi(page, user));
  },
  signInWithForm: async ({ sandbox: _reset }, use) => {
    await use((page, user = users.ada) => signInThroughForm(page, user));
  },
  signedInPage: async ({ page, signIn }, use) => {
    await signIn(page, users.ada);
    await use(page);
  },
  axe: async ({ page }, use) => {
    await use({ violations: (target = page) => seriousViolations(target) });
  },
  serverLog: async ({}, use, testInfo) => {
    await use(new ServerLog(stackOf(testInfo.parallelIndex).serverLogFile));
  },
});

/** The stack of the worker running the current test: for URLs a spec spells out in full. */
export function currentStack(): Stack {
  return stackOf(test.info().parallelIndex);
}

export { expect };
