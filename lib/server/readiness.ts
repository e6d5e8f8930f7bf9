import 'server-only';
import { assertServerConfig } from '@/lib/config/env';
import { checkSharedStore } from './shared-store';
import { isShuttingDown } from './shutdown';

export type Readiness = { ok: true } | { ok: false; reason: string };

/**
 * Whether this instance should get traffic: it is not shutting down, its configuration
 * is valid, and the shared store answers.
 */
export async function checkReadiness(): Promise<Readiness> {
  if (isShuttingDown()) return { ok: false, reason: 'The server is shutting down.' };
  try {
    assertServerConfig();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return checkSharedStore();
}
