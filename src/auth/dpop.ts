import { IndexedDbDPoPStore, User, type UserManagerSettings } from 'oidc-client-ts';
import * as v from 'valibot';
import { dpopKeyPrefix, dropEarlyReads, earlyKeyNames, keyDatabase, keyDatabaseName, keyStoreName, takeEarlyRead } from './dpop-choice';
import { AuthProtocolError } from './protocol-error';

/*
 * Sender-constrained tokens (RFC 9449) through oidc-client-ts's own DPoP support: its key pair is
 * made non-extractable and kept in IndexedDB; the library proves the token and refresh requests,
 * and lends us proofs for the API and userinfo, which it does not call with DPoP itself.
 */

export type DPoPSettings = NonNullable<UserManagerSettings['dpop']>;
/** oidc-client-ts's store interface, which the library declares but does not export. */
export type DPoPStore = DPoPSettings['store'];

/**
 * oidc-client-ts keys its store by client_id alone: the prefix keeps environments that share a
 * client id from sharing a key, and getAllKeys hands the library back its own names.
 */
export function prefixedDpopStore(inner: DPoPStore, prefix: string): DPoPStore {
  return {
    set: (key, value) => inner.set(`${prefix}${key}`, value),
    get: (key) => inner.get(`${prefix}${key}`),
    remove: (key) => inner.remove(`${prefix}${key}`),
    getAllKeys: async () => (await inner.getAllKeys()).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
  };
}

/**
 * oidc-client-ts's IndexedDB store on the page's one connection to its database (./dpop-choice.ts), not a
 * new one per operation. Every read is still the database's: a key removed by another tab is gone here too.
 */
type StoreAccess<T> = (txMode: IDBTransactionMode, callback: (store: IDBObjectStore) => T | PromiseLike<T>) => Promise<T>;

class OneConnectionDPoPStore extends IndexedDbDPoPStore {
  // A callback page's early reads (readDpopKeyAhead) answer the token request's proof; any other read goes to the database.
  override async getAllKeys(): Promise<string[]> {
    const early = (await takeEarlyRead(earlyKeyNames)?.catch(() => undefined)) as string[] | undefined;
    return early ?? super.getAllKeys();
  }

  override async get(key: string): Promise<Awaited<ReturnType<IndexedDbDPoPStore['get']>>> {
    const early = (await takeEarlyRead(key)?.catch(() => undefined)) as Awaited<ReturnType<IndexedDbDPoPStore['get']>> | undefined;
    return early ?? super.get(key);
  }

  override async set(...args: Parameters<IndexedDbDPoPStore['set']>): Promise<void> {
    dropEarlyReads();
    return super.set(...args);
  }

  override async remove(key: string): Promise<Awaited<ReturnType<IndexedDbDPoPStore['remove']>>> {
    dropEarlyReads();
    return super.remove(key);
  }

  override async createStore<T>(dbName: string, storeName: string): Promise<StoreAccess<T>> {
    if (dbName !== keyDatabaseName || storeName !== keyStoreName) return super.createStore<T>(dbName, storeName);
    const database = await keyDatabase().catch(() => null);
    if (!database) return super.createStore<T>(dbName, storeName);
    return async (txMode: IDBTransactionMode, callback: (store: IDBObjectStore) => T | PromiseLike<T>) => {
      let store: IDBObjectStore;
      try {
        store = database.transaction(storeName, txMode).objectStore(storeName);
      } catch {
        // Closed under us (another page deleted the database): this operation opens its own, as the library would.
        return (await super.createStore<T>(dbName, storeName))(txMode, callback);
      }
      return callback(store);
    };
  }
}

/** The key store of the app's DPoP keys named by `prefix` (a session's, an explorer run's): IndexedDB on the page's one connection. */
export const dpopKeyStore = (prefix: string): DPoPStore => prefixedDpopStore(new OneConnectionDPoPStore(), prefix);

/** The DPoP settings of a session named `name`: its own key, the code bound to it (RFC 9449 §10). */
export function dpopSettings(name: string): DPoPSettings {
  return { store: dpopKeyStore(dpopKeyPrefix(name)), bind_authorization_code: true };
}

/** Whether a session's tokens are bound to its key: the token type the server answered with. */
export const isDpopBound = (user: Pick<User, 'token_type'> | null | undefined): boolean => user?.token_type?.toLowerCase() === 'dpop';

const userinfoSchema = v.looseObject({ sub: v.pipe(v.string(), v.minLength(1)) });

/**
 * Userinfo with a DPoP-bound token (oidc-client-ts would send it as Bearer, which the server refuses):
 * `Authorization: DPoP` and a proof, once more with the server's nonce if it asks for one.
 */
export async function loadDpopUserinfo(endpoint: string, user: User, proof: (nonce?: string) => Promise<string | undefined>): Promise<Record<string, unknown>> {
  const call = async (nonce?: string) =>
    fetch(endpoint, { headers: { Authorization: `DPoP ${user.access_token}`, DPoP: (await proof(nonce)) ?? '', Accept: 'application/json' } });
  let response = await call();
  const nonce = response.headers.get('DPoP-Nonce');
  if (response.status === 401 && nonce && /error="use_dpop_nonce"/.test(response.headers.get('WWW-Authenticate') ?? '')) response = await call(nonce);
  if (!response.ok) throw new AuthProtocolError('userinfo_subject', `The userinfo endpoint answered ${response.status}.`);
  const parsed = v.safeParse(userinfoSchema, await response.json().catch(() => null));
  if (!parsed.success) throw new AuthProtocolError('userinfo_subject', 'The userinfo response has no sub.');
  if (parsed.output.sub !== user.profile.sub) throw new AuthProtocolError('userinfo_subject', 'The userinfo sub is not the ID token’s.');
  return parsed.output;
}
