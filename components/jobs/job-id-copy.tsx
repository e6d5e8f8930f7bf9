'use client';

import { useEffect, useState } from 'react';
import { useHydrated } from '@/lib/ui/use-hydrated';

/** Long enough to read, short enough not to linger when the next id is copied. */
const CONFIRM_MS = 2_000;

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A job's id with a button that copies it: the id tells apart jobs that share a name,
 * and is what a colleague or a support ticket asks for.
 */
export function JobIdCopy({ id }: { id: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const hydrated = useHydrated();

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(id);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-1 md:flex-nowrap">
      <code className="font-mono text-xs text-slate-800 select-all dark:text-slate-200">{id}</code>
      <button
        type="button"
        onClick={copy}
        disabled={!hydrated}
        aria-label={`Copy job id ${id}`}
        title="Copy the job id"
        className="icon-button"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor">
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1" />
        </svg>
      </button>
      {/* In the ID column as wide as its longest words, so a confirmation does not move the columns; on a phone the name cell keeps the room. */}
      <span aria-live="polite" className="inline-block text-xs font-medium md:min-w-18">
        {state === 'copied' ? <span className="text-emerald-800 dark:text-emerald-300">Copied</span> : null}
        {state === 'failed' ? (
          <span
            className="text-red-800 dark:text-red-300"
            title="The browser blocked the clipboard: select the id and copy it"
          >
            Not copied
          </span>
        ) : null}
      </span>
    </span>
  );
}
