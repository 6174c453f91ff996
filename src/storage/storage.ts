import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import { entryOf, keyFamilies, prefix, singleKeys, type KeyFamilyName, type SingleKeyName, type StorageArea, type StorageKind } from './catalogue';

/**
 * The one door to localStorage and sessionStorage: typed keys, a schema per key, and the one
 * try/catch for storage that is disabled (blocked site data) or full. A value that fails its
 * schema reads as absent, so a damaged or foreign entry never reaches the app.
 */

export type { StorageArea, StorageKind } from './catalogue';

/**
 * A stored value's schema: any Standard Schema (https://standardschema.dev) that checks synchronously.
 * The app's keys use valibot (small, nothing to set up); another library's schemas would do as well.
 */
export type StorageSchema<T> = StandardSchemaV1<unknown, T>;

export interface StorageKey<T> {
  /** The full key in storage, `obe.…`. */
  readonly key: string;
  readonly area: StorageArea;
  readonly kind: StorageKind;
  readonly schema: StorageSchema<T>;
}

/** A key of the table, with the schema its values must pass. */
export function storageKey<T>(name: SingleKeyName, schema: StorageSchema<T>): StorageKey<T> {
  return { key: `${prefix}${name}`, ...singleKeys[name], schema };
}

/** A family of keys (one per state, authority…): give the id to get the key. */
export function storageKeyFamily<T>(name: KeyFamilyName, schema: StorageSchema<T>): (id: string) => StorageKey<T> {
  return (id) => ({ key: `${prefix}${name}${id}`, ...keyFamilies[name], schema });
}

/** The browser's store, or null when reading it throws (site data blocked). */
export function storageArea(area: StorageArea): Storage | null {
  try {
    return area === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function decode<T>(key: StorageKey<T>, raw: string): T | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw; // written as plain text before values were JSON
  }
  const result = key.schema['~standard'].validate(value);
  if (result instanceof Promise) return null; // a schema that checks asynchronously cannot guard a synchronous read
  return result.issues ? null : result.value;
}

/** The stored value, or null when absent, unreadable or not what its schema allows. */
export function read<T>(key: StorageKey<T>): T | null {
  try {
    const raw = storageArea(key.area)?.getItem(key.key);
    return raw == null ? null : decode(key, raw);
  } catch {
    return null;
  }
}

/** Reads and removes: for one-time values such as a pending request's state. */
export function take<T>(key: StorageKey<T>): T | null {
  const value = read(key);
  remove(key);
  return value;
}

export type WriteResult = 'stored' | 'disabled' | 'full';

function failure(error: unknown): Exclude<WriteResult, 'stored'> {
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'disabled';
}

/** Stores the value as JSON; says why when it could not (the caller's value then lives in memory only). */
export function write<T>(key: StorageKey<T>, value: T): WriteResult {
  const store = storageArea(key.area);
  if (!store) return 'disabled';
  try {
    store.setItem(key.key, JSON.stringify(value));
    return 'stored';
  } catch (error) {
    return failure(error);
  }
}

export function remove(key: StorageKey<unknown>): void {
  try {
    storageArea(key.area)?.removeItem(key.key);
  } catch {
    // storage disabled: there is nothing to remove
  }
}

export interface StoredEntry {
  area: StorageArea;
  key: string;
  /** Null for a key outside the table (another app on this origin, an older version, a library's default prefix). */
  kind: StorageKind | null;
}

/** Every key in both stores of this origin, the app's and any other, so a test can prove what is left. */
export function storedKeys(): StoredEntry[] {
  const entries: StoredEntry[] = [];
  for (const area of ['local', 'session'] as const) {
    const store = storageArea(area);
    if (!store) continue;
    try {
      for (let index = 0; index < store.length; index++) {
        const key = store.key(index);
        if (key !== null) entries.push({ area, key, kind: entryOf(key)?.kind ?? null });
      }
    } catch {
      // storage disabled while listing: what could be read is listed
    }
  }
  return entries;
}

/** Removes every key of a kind from both stores (e.g. `session` at sign-out); returns the keys removed. */
export function removeAll(kind: StorageKind): string[] {
  const removed: string[] = [];
  for (const entry of storedKeys()) {
    if (entry.kind !== kind) continue;
    try {
      storageArea(entry.area)?.removeItem(entry.key);
      removed.push(entry.key);
    } catch {
      // storage disabled: nothing was kept
    }
  }
  return removed;
}

/** Whether a store can be used: `disabled` when reading or writing throws, `full` when a small write does not fit. */
export function storageProblem(area: StorageArea): 'disabled' | 'full' | null {
  const probe = storageKey('storage-check', v.string());
  const result = write({ ...probe, area }, 'x'.repeat(4096));
  remove({ ...probe, area });
  return result === 'stored' ? null : result;
}
