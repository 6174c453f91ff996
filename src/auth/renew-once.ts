/** The part of the Web Locks API renewal needs; a fake stands in for it in tests. */
export interface Locks {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

export function browserLocks(): Locks | null {
  if (typeof navigator === 'undefined' || !navigator.locks) return null;
  const locks = navigator.locks;
  // request() resolves with what the callback's promise resolves to; its typing sees the promise itself.
  return { request: <T>(name: string, task: () => Promise<T>) => locks.request(name, task) as Promise<T> };
}

/**
 * One renewal at a time: within the tab, calls while one runs share it; across tabs, a Web Lock
 * queues them, so the task (which first looks whether another tab renewed meanwhile) runs alone.
 * Without Web Locks (no secure context) the tab still renews alone.
 */
export function renewOnce<A>(lockName: string, task: (argument: A) => Promise<boolean>, locks: Locks | null = browserLocks()): (argument: A) => Promise<boolean> {
  let inFlight: Promise<boolean> | null = null;
  return (argument) => {
    inFlight ??= (locks ? locks.request(lockName, () => task(argument)) : task(argument)).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
