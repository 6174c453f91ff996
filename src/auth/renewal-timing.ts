/** How long before expiry to renew: a minute for long tokens, a quarter of what is left for short ones, never under 5 s. */
export function renewalLeadSeconds(secondsLeft: number): number {
  return Math.min(60, Math.max(5, secondsLeft / 4));
}

/** Milliseconds until renewal should start for a token with `secondsLeft`; 0 when it is due. */
export function renewalDelayMs(secondsLeft: number): number {
  return Math.max(0, (secondsLeft - renewalLeadSeconds(secondsLeft)) * 1000);
}

/** After a failed renewal that may succeed later: retry after half of what is left, within 2–30 s. */
export function retryDelayMs(secondsLeft: number): number {
  return Math.min(30_000, Math.max(2_000, (secondsLeft * 1000) / 2));
}
