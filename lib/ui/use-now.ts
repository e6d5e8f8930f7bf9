'use client';

import { useCallback, useSyncExternalStore } from 'react';

/**
 * Shared display clocks: one ticker per period while anything listens, none otherwise.
 * They are clocks for text on screen ("3 min ago", countdowns), not polling: they fetch nothing.
 */
type Ticker = { now: number; listeners: Set<() => void>; timer: ReturnType<typeof setInterval> | null };

const tickers = new Map<number, Ticker>();

function tickerFor(periodMs: number): Ticker {
  let ticker = tickers.get(periodMs);
  if (!ticker) {
    ticker = { now: Date.now(), listeners: new Set(), timer: null };
    tickers.set(periodMs, ticker);
  }
  return ticker;
}

function subscribeTo(ticker: Ticker, periodMs: number, listener: () => void): () => void {
  ticker.listeners.add(listener);
  if (ticker.timer === null) {
    ticker.now = Date.now();
    ticker.timer = setInterval(() => {
      ticker.now = Date.now();
      for (const notify of ticker.listeners) notify();
    }, periodMs);
  }
  return () => {
    ticker.listeners.delete(listener);
    if (ticker.listeners.size === 0 && ticker.timer !== null) {
      clearInterval(ticker.timer);
      ticker.timer = null;
    }
  };
}

const noSubscription = () => () => undefined;

/**
 * The current time in the browser, re-read every `periodMs` while `enabled`; null while
 * rendering on the server and hydrating, so server and browser render the same text.
 */
export function useNow(periodMs = 15_000, enabled = true): number | null {
  const ticker = tickerFor(periodMs);
  const subscribe = useCallback(
    (listener: () => void) => subscribeTo(ticker, periodMs, listener),
    [ticker, periodMs],
  );
  return useSyncExternalStore(
    enabled ? subscribe : noSubscription,
    () => ticker.now,
    () => null,
  );
}
