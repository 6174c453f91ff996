import { describe, expect, it } from 'vitest';
import { renewalDelayMs, renewalLeadSeconds, retryDelayMs } from './renewal-timing';

describe('renewal timing', () => {
  it('renews an hour-long token one minute before it expires', () => {
    expect(renewalLeadSeconds(3600)).toBe(60);
    expect(renewalDelayMs(3600)).toBe(3_540_000);
  });

  it('renews a short token when a quarter of its life is left, but at least 5 s before', () => {
    expect(renewalLeadSeconds(40)).toBe(10);
    expect(renewalLeadSeconds(10)).toBe(5);
  });

  it('renews at once when the token is about to expire or has expired', () => {
    expect(renewalDelayMs(4)).toBe(0);
    expect(renewalDelayMs(-10)).toBe(0);
  });

  it('retries a failed renewal within 2 to 30 seconds', () => {
    expect(retryDelayMs(600)).toBe(30_000);
    expect(retryDelayMs(20)).toBe(10_000);
    expect(retryDelayMs(1)).toBe(2_000);
  });
});
