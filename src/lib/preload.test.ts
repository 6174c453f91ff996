import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, preloaded, whenIdleAfterPaint } from './preload';

describe('preloaded', () => {
  it('fetches a module once, tells its subscribers when it arrives and then has it at hand', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const module = preloaded(importer);
    const arrived = vi.fn();
    module.subscribe(arrived);
    expect(module.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(module.loaded()).toEqual({ answer: 42 });
  });

  it('fetches again after a failure, and stops telling a subscriber that left', async () => {
    const importer = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue('module');
    const module = preloaded(importer);
    const arrived = vi.fn();
    module.subscribe(arrived)();
    await expect(module.load()).rejects.toThrow('offline');
    await expect(module.load()).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(2);
    expect(arrived).not.toHaveBeenCalled();
  });
});

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves in the task after the next frame, not in the frame itself', async () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const done = vi.fn();
    void afterNextPaint().then(done);
    await vi.advanceTimersByTimeAsync(50);
    expect(done).not.toHaveBeenCalled(); // no frame yet, and the fallback is further off
    frames.shift()?.();
    await Promise.resolve();
    expect(done).not.toHaveBeenCalled(); // the frame callback runs before the paint
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('goes on after the fallback where no frame comes (a hidden tab, no requestAnimationFrame)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0); // a frame that never comes
    const done = vi.fn();
    void afterNextPaint(100).then(done);
    await vi.advanceTimersByTimeAsync(99);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdleAfterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A browser whose frames and idle periods the test hands out. */
  function browser() {
    const frames: (() => void)[] = [];
    const idle = new Map<number, () => void>();
    let next = 0;
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('window', {
      requestIdleCallback: (callback: () => void) => (idle.set(++next, callback), next),
      cancelIdleCallback: (id: number) => idle.delete(id),
    });
    return {
      async paint() {
        frames.shift()?.();
        await vi.advanceTimersByTimeAsync(0);
      },
      goIdle: () => [...idle.values()].forEach((callback) => callback()),
      idleWaiting: () => idle.size,
    };
  }

  it('waits for the next paint, then for an idle period', async () => {
    const page = browser();
    const task = vi.fn();
    whenIdleAfterPaint(task);
    expect(page.idleWaiting()).toBe(0); // not asked before the paint: an idle period may come before it
    await page.paint();
    expect(task).not.toHaveBeenCalled();
    page.goIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, before the paint or while waiting for the idle period', async () => {
    const page = browser();
    const early = vi.fn();
    const late = vi.fn();
    whenIdleAfterPaint(early)();
    const cancelLate = whenIdleAfterPaint(late);
    await page.paint();
    cancelLate();
    expect(page.idleWaiting()).toBe(0);
    page.goIdle();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
