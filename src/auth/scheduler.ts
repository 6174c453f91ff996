import { renewalDelayMs, retryDelayMs } from './renewal-timing';

/**
 * When to renew one tab's session. A due timer always calls `onDue`: whether to renew is not judged
 * again then (re-judging with the shrunken time left skipped every renewal of long-lived tokens).
 */
export interface Scheduler {
  /**
   * Plans the renewal of a token that expires at `expiresAt` (epoch seconds); `yieldMs` later when
   * another tab is better placed to renew (it holds the refresh token), yet still before expiry.
   */
  plan(expiresAt: number, yieldMs?: number): void;
  /** Plans another try after a renewal that may succeed later. */
  retry(expiresAt: number): void;
  cancel(): void;
}

export interface SchedulerOptions {
  onDue(): void;
  now?: () => number;
  /** Renewals of one tab are at least this far apart, whatever the tokens say (no loops). */
  minGapMs?: number;
}

export const minRenewalGapMs = 5_000;

export function createScheduler({ onDue, now = Date.now, minGapMs = minRenewalGapMs }: SchedulerOptions): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDueAt = Number.NEGATIVE_INFINITY;
  const secondsLeft = (expiresAt: number) => Math.max(0, expiresAt - now() / 1000);

  function at(delayMs: number) {
    clearTimeout(timer);
    const earliest = Math.max(0, lastDueAt + minGapMs - now());
    timer = setTimeout(() => {
      lastDueAt = now();
      onDue();
    }, Math.max(delayMs, earliest));
  }

  return {
    plan(expiresAt, yieldMs = 0) {
      const left = secondsLeft(expiresAt);
      const delay = renewalDelayMs(left);
      at(Math.max(delay, Math.min(delay + yieldMs, left * 1000 - yieldMs)));
    },
    retry: (expiresAt) => at(retryDelayMs(secondsLeft(expiresAt))),
    cancel: () => clearTimeout(timer),
  };
}
