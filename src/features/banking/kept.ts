import { useSyncExternalStore } from 'react';
import { validate, type Validator } from '../../api/client';

/**
 * A small JSON value kept in web storage under one key, checked by a schema when read and shared
 * live with every component (and, for localStorage, every tab) that shows it. Storage that is
 * blocked, full or holds something else reads as `empty`: what is kept here is a convenience.
 */
export interface Kept<T> {
  read(): T;
  write(value: T): void;
  subscribe(listener: () => void): () => void;
}

const listeners = new Map<string, Set<() => void>>();

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener();
}

export function kept<T>(storage: () => Storage, key: string, schema: Validator<T>, empty: T): Kept<T> {
  // The last raw text and its value, so an unchanged store gives the same object (useSyncExternalStore needs that).
  let cache: { raw: string | null; value: T } | null = null;
  // Where the value lives when storage is blocked or full: for as long as the page.
  let memory: string | null = null;
  const rawText = (): string | null => {
    try {
      return storage().getItem(key) ?? memory;
    } catch {
      return memory;
    }
  };
  return {
    read() {
      const raw = rawText();
      if (cache && cache.raw === raw) return cache.value;
      let value = empty;
      if (raw !== null) {
        try {
          const parsed = validate(schema, JSON.parse(raw));
          if (!parsed.issues) value = parsed.value;
        } catch {
          // Not JSON: read as empty.
        }
      }
      cache = { raw, value };
      return value;
    },
    write(value) {
      const text = JSON.stringify(value);
      try {
        storage().setItem(key, text);
        memory = null;
      } catch {
        memory = text;
      }
      notify(key);
    },
    subscribe(listener) {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        set.delete(listener);
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

export function useKept<T>(store: Kept<T>): T {
  return useSyncExternalStore(store.subscribe, store.read);
}
