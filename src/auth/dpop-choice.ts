import type { OidcMetadata } from 'oidc-client-ts';
import * as v from 'valibot';
import { read, storageKeyFamily, write } from '../storage/storage';

/** The user's choice per environment, off until ticked (apart from ./dpop.ts, which the sign-in page does not need yet). */
const choiceKey = storageKeyFamily('dpop-choice:', v.boolean());
export const dpopChosen = (environmentId: string): boolean => read(choiceKey(environmentId)) ?? false;
export const chooseDpop = (environmentId: string, on: boolean): void => void write(choiceKey(environmentId), on);

/** Whether the named session (its sign-in under way, or kept) binds its tokens to a DPoP key: set as the sign-in starts. */
export const boundSessionKey = storageKeyFamily('dpop:', v.boolean());

/**
 * oidc-client-ts keeps the DPoP key in IndexedDB (database "oidc", store "dpop", its names) and opens the
 * database for each proof; the first open in a page costs tens of milliseconds. A page that brings a bound
 * sign-in's answer opens it while the session's code is on its way, so the token request's proof does not
 * wait for it. Only a warm-up: should the names ever differ, the proof opens its own database as before.
 */
export function warmDpopKeyStore(): void {
  try {
    const request = indexedDB.open('oidc');
    // As the library does for a new database (a bound sign-in made it already, before its redirect).
    request.onupgradeneeded = () => request.result.createObjectStore('dpop');
    request.onsuccess = () => request.result.close();
  } catch {
    // No IndexedDB here: the proof reports that itself.
  }
}

/** oidc-client-ts signs proofs with ES256 only, so DPoP is offered only where the server takes ES256. */
export function offersDpop(metadata: Partial<OidcMetadata> | undefined): boolean {
  const algorithms: unknown = (metadata as Record<string, unknown> | undefined)?.dpop_signing_alg_values_supported;
  return Array.isArray(algorithms) && algorithms.includes('ES256');
}
