import type { OidcMetadata } from 'oidc-client-ts';
import * as v from 'valibot';
import { read, storageKeyFamily, write } from '../storage/storage';

/** The user's choice per environment, off until ticked (apart from ./dpop.ts, which the sign-in page does not need yet). */
const choiceKey = storageKeyFamily('dpop-choice:', v.boolean());
export const dpopChosen = (environmentId: string): boolean => read(choiceKey(environmentId)) ?? false;
export const chooseDpop = (environmentId: string, on: boolean): void => void write(choiceKey(environmentId), on);

/** Whether the named session (its sign-in under way, or kept) binds its tokens to a DPoP key: set as the sign-in starts. */
export const boundSessionKey = storageKeyFamily('dpop:', v.boolean());

/** Where oidc-client-ts keeps the DPoP key: its database and store names. */
export const keyDatabaseName = 'oidc';
export const keyStoreName = 'dpop';

let keyDatabaseOpen: Promise<IDBDatabase> | null = null;

/**
 * The page's one connection to the key database. oidc-client-ts opens the database for every operation
 * (each proof), and an open costs milliseconds, tens for a page's first: ./dpop.ts has the library use this
 * connection instead, and a page that brings a bound sign-in's answer opens it while the session's code is
 * on its way. Another page deleting or upgrading the database closes it; the next use opens a new one.
 */
export function keyDatabase(): Promise<IDBDatabase> {
  if (keyDatabaseOpen) return keyDatabaseOpen;
  const forget = () => {
    if (keyDatabaseOpen === opened) keyDatabaseOpen = null; // opened anew on the next use
  };
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(keyDatabaseName);
    // As the library does for a new database (a bound sign-in made it already, before its redirect).
    request.onupgradeneeded = () => request.result.createObjectStore(keyStoreName);
    request.onsuccess = () => {
      const database = request.result;
      database.onversionchange = () => {
        database.close();
        forget();
      };
      database.onclose = forget;
      resolve(database);
    };
    request.onerror = () => reject(request.error ?? new Error('The key database could not be opened.'));
  });
  keyDatabaseOpen = opened;
  opened.catch(forget);
  return opened;
}

/** The prefix of a session's entries in the key store (./dpop.ts), before oidc-client-ts's name for the key (the client id). */
export const dpopKeyPrefix = (sessionName: string): string => `obe:${sessionName}:`;

/** Reads of the key store made ahead on a bound sign-in's callback page: the store's list of names, and one entry. */
const earlyReads = new Map<string | symbol, Promise<unknown>>();
/** The early read of the store's names (./dpop.ts's getAllKeys). */
export const earlyKeyNames = Symbol('the key store’s names');

/** Opens the key database now, so a proof does not wait for its first open (the sign-in page while the box is ticked). */
export function warmDpopKeyStore(): void {
  void keyDatabase().catch(() => undefined); // no IndexedDB here: the proof reports that itself
}

interface StoreRead {
  names: IDBValidKey[];
  values: unknown[];
}

/**
 * What the first-paint guard read of the key store on this page, taken once: it reads a bound sign-in's
 * answer page's store while the page's scripts load (src/first-paint-guard.js, the same database and store).
 */
function takeGuardRead(): Promise<StoreRead> | undefined {
  const page = window as { obeKeyStoreRead?: unknown };
  const read = page.obeKeyStoreRead;
  delete page.obeKeyStoreRead;
  return read instanceof Promise ? (read as Promise<StoreRead>) : undefined;
}

/** The store's names and all its entries, in one transaction (each list in key order). */
function readStore(): Promise<StoreRead> {
  return keyDatabase().then(
    (opened) =>
      new Promise<StoreRead>((resolve, reject) => {
        const store = opened.transaction(keyStoreName, 'readonly').objectStore(keyStoreName);
        const names = store.getAllKeys();
        const values = store.getAll();
        // Requests of one transaction complete in the order they were made.
        values.onsuccess = () => resolve({ names: names.result, values: values.result });
        values.onerror = () => reject(values.error ?? new Error('The keys could not be read.'));
      }),
  );
}

/**
 * A bound sign-in's callback page: the store's names and `entry` (the key the token request's proof needs),
 * as the first-paint guard read them, else read now, while the session's code is on its way. The proof's two
 * reads then find their answers here instead of waiting their turn after that code (./dpop.ts takes each once;
 * any write on this page drops them).
 */
export function readDpopKeyAhead(entry: string): void {
  const both = (takeGuardRead() ?? readStore()).then(({ names, values }) => ({ names, value: values[names.indexOf(entry)] }));
  both.catch(() => undefined); // the library reads for itself instead
  earlyReads.set(earlyKeyNames, both.then(({ names }) => names));
  earlyReads.set(entry, both.then(({ value }) => value));
}

/** The early read of `entry` (or of the store's names), once; undefined when there is none. */
export function takeEarlyRead(entry: string | typeof earlyKeyNames): Promise<unknown> | undefined {
  const found = earlyReads.get(entry);
  earlyReads.delete(entry);
  return found;
}

/** Drops the early reads: this page is writing to the store, so they may no longer be what it holds. */
export const dropEarlyReads = (): void => earlyReads.clear();

/** oidc-client-ts signs proofs with ES256 only, so DPoP is offered only where the server takes ES256. */
export function offersDpop(metadata: Partial<OidcMetadata> | undefined): boolean {
  const algorithms: unknown = (metadata as Record<string, unknown> | undefined)?.dpop_signing_alg_values_supported;
  return Array.isArray(algorithms) && algorithms.includes('ES256');
}
