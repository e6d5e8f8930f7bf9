'use client';

import { useHydrated } from '@/lib/ui/use-hydrated';
import { Button } from './button';

/** An error panel's retry: disabled until the script that retries has run (`useHydrated`). */
export function RetryButton({ onRetry, label }: { onRetry: () => void; label: string }) {
  const hydrated = useHydrated();
  return (
    <Button size="sm" onClick={onRetry} disabled={!hydrated}>
      {label}
    </Button>
  );
}
