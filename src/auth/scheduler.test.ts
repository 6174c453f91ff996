import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './scheduler';

const start = new Date('2026-01-01T12:00:00Z').getTime();
const inSeconds = (seconds: number) => start / 1000 + seconds;

describe('renewal scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it('renews an hour-long token a minute before it expires, and does not skip it when due', () => {
    const onDue = vi.fn();
    createScheduler({ onDue }).plan(inSeconds(3600));
    vi.advanceTimersByTime(3539_000);
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('renews a 10-second token with a quarter of its life left', () => {
    const onDue = vi.fn();
    createScheduler({ onDue }).plan(inSeconds(10));
    vi.advanceTimersByTime(4_999);
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('renews at once when the token is already due', () => {
    const onDue = vi.fn();
    createScheduler({ onDue }).plan(inSeconds(2));
    vi.advanceTimersByTime(0);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('keeps renewals apart when every new token is already due (no loop)', () => {
    const onDue = vi.fn();
    const scheduler = createScheduler({ onDue, minGapMs: 60_000 });
    onDue.mockImplementation(() => scheduler.plan(Date.now() / 1000));
    scheduler.plan(Date.now() / 1000);
    vi.advanceTimersByTime(0);
    expect(onDue).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(59_999);
    expect(onDue).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledTimes(2);
  });

  it('replaces a plan with the next one, and cancels', () => {
    const onDue = vi.fn();
    const scheduler = createScheduler({ onDue });
    scheduler.plan(inSeconds(100));
    scheduler.plan(inSeconds(3600));
    vi.advanceTimersByTime(100_000);
    expect(onDue).not.toHaveBeenCalled();
    scheduler.cancel();
    vi.advanceTimersByTime(3600_000);
    expect(onDue).not.toHaveBeenCalled();
  });

  it('retries after half of what is left, within 2–30 s', () => {
    const onDue = vi.fn();
    createScheduler({ onDue }).retry(inSeconds(20));
    vi.advanceTimersByTime(9_999);
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledTimes(1);
  });
});

describe('renewal scheduler, yielding to a better-placed tab', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it('renews later by the given time, still before expiry', () => {
    const onDue = vi.fn();
    createScheduler({ onDue }).plan(inSeconds(10), 1_500);
    vi.advanceTimersByTime(6_499);
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledTimes(1);
  });

  it('never yields past the expiry', () => {
    const onDue = vi.fn();
    createScheduler({ onDue }).plan(inSeconds(2), 1_500);
    vi.advanceTimersByTime(500);
    expect(onDue).toHaveBeenCalledTimes(1);
  });
});
