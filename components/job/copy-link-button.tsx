'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/lib/ui/use-hydrated';

/** Copies the page's address as it is now, view state included. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const hydrated = useHydrated();

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" onClick={copy} disabled={!hydrated}>
        Copy link
      </Button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {state === 'copied' && 'Link copied'}
        {state === 'failed' &&
          'Could not copy: your browser blocked the clipboard. Copy the address bar instead.'}
      </span>
    </span>
  );
}
