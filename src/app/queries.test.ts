import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The paint-then-idle wait, handed out by the test: each wait is a task it runs (or finds cancelled). */
const waits = vi.hoisted(() => [] as { task: () => void; cancelled: boolean }[]);
vi.mock('../lib/preload', () => ({
  whenIdleAfterPaint: (task: () => void) => {
    const wait = { task, cancelled: false };
    waits.push(wait);
    return () => void (wait.cancelled = true);
  },
}));

const { whenQueriesSettle } = await import('./queries');

/** Runs the waits still standing, as the browser would once idle after a paint. */
function idleAfterPaint() {
  const standing = waits.splice(0).filter((wait) => !wait.cancelled);
  standing.forEach((wait) => wait.task());
  return standing.length;
}

/** A query whose answer the test gives, fetched now. */
function fetching(client: QueryClient, key: string) {
  let answer = (_value: string) => {};
  const done = client.fetchQuery({ queryKey: [key], queryFn: () => new Promise<string>((resolve) => (answer = resolve)) });
  return async () => {
    answer(key);
    await done;
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
  };
}

describe('whenQueriesSettle', () => {
  afterEach(() => {
    waits.splice(0);
  });

  it('runs the task once the browser is idle after a paint, when nothing is fetching', async () => {
    const client = new QueryClient();
    const task = vi.fn();
    whenQueriesSettle(client, task);
    expect(task).not.toHaveBeenCalled(); // not at once: after the paint
    expect(idleAfterPaint()).toBe(1);
    expect(task).toHaveBeenCalledTimes(1);
    // Once only: a later fetch and its end ask for nothing more.
    await fetching(client, 'later')();
    expect(idleAfterPaint()).toBe(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits while the page’s data is on its way, and runs once it is here', async () => {
    const client = new QueryClient();
    const answer = fetching(client, 'accounts');
    const task = vi.fn();
    whenQueriesSettle(client, task);
    expect(idleAfterPaint()).toBe(0);
    await answer();
    expect(idleAfterPaint()).toBe(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('puts the task off when a fetch starts before the idle period, until that one is done too', async () => {
    const client = new QueryClient();
    const task = vi.fn();
    whenQueriesSettle(client, task);
    const answer = fetching(client, 'companies'); // the wait already asked for is cancelled
    await vi.waitFor(() => expect(client.isFetching()).toBe(1));
    expect(idleAfterPaint()).toBe(0);
    expect(task).not.toHaveBeenCalled();
    await answer();
    expect(idleAfterPaint()).toBe(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once stopped (the signed-in pages left)', async () => {
    const client = new QueryClient();
    const task = vi.fn();
    const stop = whenQueriesSettle(client, task);
    stop();
    expect(idleAfterPaint()).toBe(0);
    await fetching(client, 'after')();
    expect(idleAfterPaint()).toBe(0);
    expect(task).not.toHaveBeenCalled();
  });
});
