/** Shared set-up for the conformance suite: an in-process sandbox and small request helpers. */
import { after, before } from 'node:test';
import { type RunningSandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';
import { SEED_USERS } from '../../sandbox/users';

export type SeedUser = keyof typeof SEED_USERS;
export type Reply = { status: number; headers: Headers; body: any; text: string };

export class Harness {
  running!: RunningSandbox;

  get url(): string {
    return this.running.url;
  }

  get publicUrl(): string {
    return this.running.sandbox.publicUrl;
  }

  /** Turns a link the sandbox wrote on its public URL back into one this process can reach. */
  local(link: string): string {
    return link.startsWith(this.publicUrl) ? this.url + link.slice(this.publicUrl.length) : link;
  }

  async request(
    method: string,
    path: string,
    init: {
      user?: SeedUser | null;
      body?: unknown;
      headers?: Record<string, string>;
      redirect?: RequestRedirect;
    } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.user) headers.Authorization = `Token ${SEED_USERS[init.user].key}`;
    let body: BodyInit | undefined;
    if (init.body instanceof FormData || typeof init.body === 'string') body = init.body;
    else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const res = await fetch(path.startsWith('http') ? this.local(path) : this.url + path, {
      method,
      headers,
      body,
      redirect: init.redirect ?? 'manual',
    });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('application/json') && text !== '')
      parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  api(
    user: SeedUser | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply> {
    return this.request(method, path.startsWith('http') ? path : `/api/v2/${path}`, { user, body, headers });
  }

  control(method: string, operation: string, body?: unknown): Promise<Reply> {
    return this.request(method, `/_sandbox/${operation}`, { body });
  }

  /** Every item of a paginated list, following `next` links. */
  async all<T = any>(user: SeedUser, path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | null = `/api/v2/${path}`;
    while (next) {
      const reply: Reply = await this.request('GET', next, { user });
      if (reply.status !== 200) throw new Error(`${next} answered ${reply.status}: ${reply.text}`);
      items.push(...reply.body.results);
      next = reply.body.next;
    }
    return items;
  }

  advance(seconds: number): Promise<Reply> {
    return this.control('POST', 'clock', { seconds });
  }
}

/** Starts a sandbox for the enclosing test file and closes it afterwards. */
export function useSandbox(options: SandboxOptions = {}): Harness {
  const harness = new Harness();
  before(async () => {
    harness.running = await startSandbox({ timeScale: 0, seed: 'conformance', ...options });
  });
  after(async () => {
    await harness.running.close();
  });
  return harness;
}

export const jobBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Conformance job',
  jobanalyses: [
    {
      analysis: { code: 'openfoam', version: '2.3.0-openmpi' },
      command: './airFoil2D/Allrun',
      hardware: { coreType: 'standard-plus', coresPerSlot: 2 },
    },
  ],
  ...overrides,
});
