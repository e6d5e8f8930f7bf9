import { expect, type BrowserContext } from '@playwright/test';

/**
 * Fails a test when any page of its browser context reports a Content Security Policy
 * violation: the browser fires `securitypolicyviolation` in the document whose policy was
 * broken, before or after hydration, and the test hears of it through a binding.
 */

export type CspViolation = { page: string; directive: string; blocked: string; source: string };

const BINDING = '__reportCspViolation';

export async function watchCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)[binding];
      report?.({
        page: location.href,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      });
    });
  }, BINDING);
  return violations;
}

/** The `context` fixture, wrapped: every page a test opens in it is watched. */
export async function cspGuardedContext(
  { context }: { context: BrowserContext },
  use: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const violations = await watchCspViolations(context);
  await use(context);
  expect(violations, 'Content Security Policy violations').toEqual([]);
}
