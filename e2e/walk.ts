import { test } from '@playwright/test';

/** What one step of a walk (a page reached and checked) may take on a busy machine. */
export const stepBudget = 30_000;

/**
 * Runs a long walk as named steps, each with its own budget, and sizes the test's timeout to the
 * steps it has, so a slow machine is given time per page while a hang still fails within one step.
 */
export async function walk(steps: readonly (readonly [string, () => Promise<void>])[]): Promise<void> {
  test.setTimeout(test.info().timeout + steps.length * stepBudget);
  for (const [title, body] of steps) await test.step(title, body, { timeout: stepBudget });
}
