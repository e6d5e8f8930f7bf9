/** The sandbox's control plane (`/_sandbox/`), as far as the bench needs it. */

export type SandboxControl = {
  setLatency(ms: number): Promise<void>;
  liftLimits(): Promise<void>;
  /** Back to the seed: also drops uploaded files from the sandbox's disk. Limits come back too. */
  reset(): Promise<void>;
  /** API calls made so far with `key`. */
  callsOf(key: string): Promise<number>;
};

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  await res.body?.cancel();
}

export function sandboxControl(sandboxUrl: string): SandboxControl {
  const control = `${sandboxUrl}/_sandbox`;
  return {
    setLatency: (ms) => post(`${control}/faults`, { latencyMs: ms }),
    reset: () => post(`${control}/reset`, {}),
    liftLimits: () => post(`${control}/limits`, { '*': 1_000_000_000 }),
    async callsOf(key) {
      const res = await fetch(`${control}/calls`);
      if (!res.ok) throw new Error(`${control}/calls answered ${res.status}`);
      const counts = (await res.json()) as Record<string, { total: number }>;
      return counts[key]?.total ?? 0;
    },
  };
}
