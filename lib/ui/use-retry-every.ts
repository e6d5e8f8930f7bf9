'use client';

import { useEffect, useState } from 'react';
import { useNow } from './use-now';

/**
 * Calls `retry` every `seconds` while the caller is mounted, so a failure shown on screen
 * clears by itself once the platform answers again. Returns the seconds until the next
 * attempt, for words on screen; null while hydrating, so server and browser agree.
 */
export function useRetryEvery(seconds: number, retry: () => void): number | null {
  const [retryAt, setRetryAt] = useState(() => Date.now() + seconds * 1000);
  const now = useNow(1000);
  useEffect(() => {
    const timer = setTimeout(
      () => {
        setRetryAt(Date.now() + seconds * 1000);
        retry();
      },
      Math.max(0, retryAt - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [retryAt, retry, seconds]);
  return now === null ? null : Math.max(0, Math.ceil((retryAt - now) / 1000));
}

/** The words for the countdown, beside a failure's own. */
export function retryingText(secondsLeft: number | null): string {
  if (secondsLeft === null) return 'Trying again by itself shortly.';
  return secondsLeft === 0 ? 'Trying again…' : `Trying again by itself in ${secondsLeft} s.`;
}
