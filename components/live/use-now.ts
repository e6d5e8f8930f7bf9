'use client';

import { useEffect, useState } from 'react';

/** The current time, re-read every `periodMs` while `enabled`, for countdowns and "… ago" text. */
export function useNow(periodMs: number, enabled: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(timer);
  }, [periodMs, enabled]);
  return now;
}
