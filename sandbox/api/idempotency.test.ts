import { describe, expect, it } from 'vitest';
import { fingerprint, IdempotencyStore } from './idempotency.ts';

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('IdempotencyStore', () => {
  it('runs the work once when a second request arrives while the first is still in flight', async () => {
    const store = new IdempotencyStore<string>();
    const pending = deferred<string>();
    let runs = 0;
    const work = () => {
      runs += 1;
      return pending.promise;
    };
    const first = store.run('key', 'body', work);
    const second = store.run('key', 'body', work);
    pending.resolve('message-1');
    expect(await first).toEqual({ kind: 'fresh', result: 'message-1' });
    expect(await second).toEqual({ kind: 'replayed', result: 'message-1' });
    expect(runs).toBe(1);
  });

  it('reports a conflict for the same key with another fingerprint, even while in flight', async () => {
    const store = new IdempotencyStore<string>();
    const pending = deferred<string>();
    const first = store.run('key', 'body-a', () => pending.promise);
    expect(await store.run('key', 'body-b', () => Promise.resolve('never'))).toEqual({ kind: 'conflict' });
    pending.resolve('done');
    await first;
  });

  it('forgets a key whose work failed, and shares the failure with requests that waited on it', async () => {
    const store = new IdempotencyStore<string>();
    const pending = deferred<string>();
    const first = store.run('key', 'body', () => pending.promise);
    const waiting = store.run('key', 'body', () => Promise.resolve('never'));
    pending.reject(new Error('invalid'));
    await expect(first).rejects.toThrow('invalid');
    await expect(waiting).rejects.toThrow('invalid');
    expect(await store.run('key', 'fixed-body', () => Promise.resolve('message-2'))).toEqual({ kind: 'fresh', result: 'message-2' });
  });

  it('fingerprints JSON by content, not by key order', () => {
    expect(fingerprint('100001', { a: 1, b: [{ c: 2, d: 3 }] })).toBe(fingerprint('100001', { b: [{ d: 3, c: 2 }], a: 1 }));
    expect(fingerprint('100001', { a: 1 })).not.toBe(fingerprint('100002', { a: 1 }));
    expect(fingerprint('100001', { a: 1 })).not.toBe(fingerprint('100001', { a: '1' }));
  });
});
