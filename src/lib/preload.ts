import { useEffect, useReducer, useSyncExternalStore } from 'react';

/**
 * A module fetched before it is needed and rendered only once it is here: unlike React's `lazy`
 * behind Suspense, nothing holds the page back after the code arrives (no fallback throttle).
 */
export interface Preloaded<T> {
  /** Starts the fetch (once; again after a failure) and resolves with the module. */
  load(): Promise<T>;
  /** The module when it has arrived. */
  loaded(): T | undefined;
  /** Calls `listener` when the module arrives. */
  subscribe(listener: () => void): () => void;
}

export function preloaded<T>(importer: () => Promise<T>): Preloaded<T> {
  let module: T | undefined;
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  return {
    load() {
      pending ??= importer().then(
        (value) => {
          module = value;
          listeners.forEach((listener) => listener());
          return value;
        },
        (error: unknown) => {
          pending = null; // a chunk that failed to arrive (offline, new deploy) may arrive on the next try
          throw error;
        },
      );
      return pending;
    },
    loaded: () => module,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The module once it is here (fetching it if nobody has yet); undefined until then. A failed fetch throws to the error boundary. */
export function usePreloaded<T>(target: Preloaded<T>): T | undefined {
  const module = useSyncExternalStore(target.subscribe, target.loaded, target.loaded);
  const [failure, failed] = useReducer((_: unknown, error: unknown) => ({ error }), null);
  useEffect(() => {
    let current = true;
    if (!module) target.load().catch((error: unknown) => current && failed(error));
    return () => {
      current = false;
    };
  }, [module, target]);
  if (failure) throw failure.error;
  return module;
}

/** Runs `task` when the browser is idle (or soon, where it has no idle callback); returns what cancels it. */
export function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(() => task(), { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 500);
  return () => clearTimeout(timer);
}

/** Runs `task` once the browser has painted what is on screen now (afterNextPaint); returns what cancels it. */
export function onNextPaint(task: () => void): () => void {
  let cancelled = false;
  void afterNextPaint().then(() => {
    if (!cancelled) task();
  });
  return () => void (cancelled = true);
}

/** Runs `task` when the browser is idle after its next paint, so what is on screen now shows first; returns what cancels it. */
export function whenIdleAfterPaint(task: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  const cancelPaint = onNextPaint(() => (cancelIdle = whenIdle(task)));
  return () => {
    cancelPaint();
    cancelIdle?.();
  };
}

/** Runs `task` when the browser is idle after this render; nothing while it is null. */
export function useWhenIdle(task: (() => void) | null): void {
  useEffect(() => (task ? whenIdle(task) : undefined), [task]);
}

/**
 * Resolves once the browser has painted what is on screen now: work that can wait goes after the first
 * paint. A tab that paints nothing (hidden, or a frame-less test) goes on after `fallbackMs`.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    // The frame callback runs just before the paint; the task it queues runs after it.
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
