import { describe, expect, it, vi } from 'vitest';
import { renewOnce, type Locks } from './renew-once';

/** An exclusive lock per name, granted in request order, as the Web Locks API does. */
function fakeLocks(): Locks & { names: string[] } {
  const queues = new Map<string, Promise<unknown>>();
  const names: string[] = [];
  return {
    names,
    request<T>(name: string, task: () => Promise<T>): Promise<T> {
      names.push(name);
      const before = queues.get(name) ?? Promise.resolve();
      const run = before.then(task, task);
      queues.set(name, run.catch(() => undefined));
      return run;
    },
  };
}

function deferred() {
  let resolve: (value: boolean) => void = () => {};
  const promise = new Promise<boolean>((done) => (resolve = done));
  return { promise, resolve };
}

describe('renewOnce', () => {
  it('shares one renewal between calls made while it runs', async () => {
    const pending = deferred();
    const task = vi.fn(() => pending.promise);
    const renew = renewOnce('renew:a', task, fakeLocks());
    const first = renew('stale');
    const second = renew('stale');
    pending.resolve(true);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('renews again once the previous renewal has finished', async () => {
    const task = vi.fn(async () => true);
    const renew = renewOnce('renew:a', task, fakeLocks());
    await renew('one');
    await renew('two');
    expect(task.mock.calls).toEqual([['one'], ['two']]);
  });

  it('holds the named lock, so two tabs renew one after the other', async () => {
    const locks = fakeLocks();
    const order: string[] = [];
    const first = deferred();
    const tabA = renewOnce('renew:env', async () => {
      order.push('a starts');
      const result = await first.promise;
      order.push('a ends');
      return result;
    }, locks);
    const tabB = renewOnce('renew:env', async () => {
      order.push('b runs');
      return true;
    }, locks);
    const a = tabA('stale');
    const b = tabB('stale');
    await Promise.resolve();
    first.resolve(true);
    await Promise.all([a, b]);
    expect(order).toEqual(['a starts', 'a ends', 'b runs']);
    expect(locks.names).toEqual(['renew:env', 'renew:env']);
  });

  it('lets the next call try again after a failure', async () => {
    const task = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(true);
    const renew = renewOnce('renew:a', task, fakeLocks());
    await expect(renew('x')).rejects.toThrow('down');
    expect(await renew('x')).toBe(true);
  });

  it('runs without Web Locks', async () => {
    expect(await renewOnce('renew:a', async () => true, null)('x')).toBe(true);
  });
});
