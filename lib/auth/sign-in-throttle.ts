import { RateLimiterRes } from 'rate-limiter-flexible';
import type { SignInLimits } from '../config/sign-in-limits';
import type { SharedStore } from '../server/shared-store';

/**
 * Sign-in limits, counted in the shared store so that every instance refuses alike:
 * - per client address, `maxFailures` rejected keys within the window, whatever the region;
 * - per address and region, a delay that doubles with each rejected key in a row after
 *   the first (none, 1 s, 2 s, 4 s, … up to the window), so guesses cannot be fired in a
 *   burst while one typo costs nothing.
 * An attempt is counted before the key is checked and given back when it is not a
 * rejected key, so that guesses sent at once cannot all slip under the limit.
 */

export type Refusal = { retryAfterSeconds: number };

export type SignInThrottle = {
  /** Whether an attempt would be refused now, without counting one. */
  check(ip: string, region: string): Promise<Refusal | null>;
  /** Counts an attempt before the key is checked, or refuses it. */
  begin(ip: string, region: string): Promise<Refusal | null>;
  /** The key was rejected: the attempt stays counted, and the next one waits longer. */
  rejected(ip: string, region: string): Promise<void>;
  /** The key was accepted: the attempt is given back and the delay is cleared. */
  accepted(ip: string, region: string): Promise<void>;
  /** The key could not be checked (region unreachable): the attempt is given back. */
  unchecked(ip: string): Promise<void>;
};

/** More rejected keys in a row than any delay needs: the delay has long reached the window. */
const STREAK_POINTS = 64;

function refusal(msBeforeNext: number): Refusal {
  return { retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

export function createSignInThrottle(store: SharedStore, limits: SignInLimits): SignInThrottle {
  const failures = store.limiter({
    keyPrefix: 'sign-in-failures',
    points: limits.maxFailures,
    duration: limits.windowSeconds,
  });
  const streak = store.limiter({
    keyPrefix: 'sign-in-streak',
    points: STREAK_POINTS,
    duration: limits.windowSeconds,
  });
  const delay = store.limiter({ keyPrefix: 'sign-in-delay', points: 1, duration: limits.windowSeconds });
  const regional = (ip: string, region: string) => `${ip}|${region}`;

  async function delayed(ip: string, region: string): Promise<Refusal | null> {
    const waiting = await delay.get(regional(ip, region));
    return waiting && waiting.consumedPoints > 1 && waiting.msBeforeNext > 0
      ? refusal(waiting.msBeforeNext)
      : null;
  }

  return {
    async check(ip, region) {
      const counted = await failures.get(ip);
      if (counted && counted.consumedPoints >= limits.maxFailures) return refusal(counted.msBeforeNext);
      return delayed(ip, region);
    },
    async begin(ip, region) {
      const waiting = await delayed(ip, region);
      if (waiting) return waiting;
      try {
        await failures.consume(ip);
        return null;
      } catch (error) {
        if (error instanceof RateLimiterRes) return refusal(error.msBeforeNext);
        throw error;
      }
    },
    async rejected(ip, region) {
      const inARow = (await streak.penalty(regional(ip, region))).consumedPoints;
      if (inARow < 2) return;
      await delay.block(regional(ip, region), Math.min(2 ** (inARow - 2), limits.windowSeconds));
    },
    async accepted(ip, region) {
      await Promise.all([
        failures.reward(ip),
        streak.delete(regional(ip, region)),
        delay.delete(regional(ip, region)),
      ]);
    },
    async unchecked(ip) {
      await failures.reward(ip);
    },
  };
}
