import { IndexedDbDPoPStore, User, UserManager, type OidcMetadata, type UserManagerSettings } from 'oidc-client-ts';
import * as z from 'zod/mini';
import { AuthProtocolError } from './protocol-error';

/*
 * Sender-constrained tokens (RFC 9449) through oidc-client-ts's own DPoP support: its key pair is
 * made non-extractable and kept in IndexedDB; the library proves the token and refresh requests,
 * and lends us proofs for the API and userinfo, which it does not call with DPoP itself.
 */

type DPoPSettings = NonNullable<UserManagerSettings['dpop']>;
/** oidc-client-ts's store interface, which the library declares but does not export. */
export type DPoPStore = DPoPSettings['store'];

/** oidc-client-ts signs proofs with ES256 only, so DPoP is offered only where the server takes ES256. */
export function offersDpop(metadata: Partial<OidcMetadata> | undefined): boolean {
  const algorithms: unknown = (metadata as Record<string, unknown> | undefined)?.dpop_signing_alg_values_supported;
  return Array.isArray(algorithms) && algorithms.includes('ES256');
}

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

/** The DPoP settings of a session named `name`: its own key, the code bound to it (RFC 9449 §10). */
export function dpopSettings(name: string): DPoPSettings {
  return { store: prefixedDpopStore(new IndexedDbDPoPStore(), `obe:${name}:`), bind_authorization_code: true };
}

export interface RunKey {
  /** The key's JWK thumbprint (RFC 7638), for dpop_jkt; makes the key on first use. */
  thumbprint(): Promise<string>;
  /** A proof for a request with no access token yet (no ath): a push or a token request. */
  proof(url: string, method: string, nonce?: string): Promise<string>;
  forget(): Promise<void>;
}

/**
 * The key of one explorer run (named by its state): made and kept as the sign-in's is, by oidc-client-ts,
 * non-extractable in IndexedDB, so it outlives the redirect to the identity server and back.
 */
export function explorerRunKey(run: string, clientId: string, authority: string): RunKey {
  const settings: DPoPSettings = { store: prefixedDpopStore(new IndexedDbDPoPStore(), `obe:explorer-run:${run}:`), bind_authorization_code: false };
  // Only its key handling is used: no metadata is read, no user stored, nothing renewed.
  const keeper = new UserManager({ authority, client_id: clientId, redirect_uri: authority, dpop: settings, automaticSilentRenew: false, monitorSession: false });
  const noToken = new User({ access_token: '', token_type: 'DPoP', profile: { sub: '', iss: authority, aud: clientId, exp: 0, iat: 0 } });
  const thumbprint = async () => {
    const jkt = await keeper.generateDPoPJkt(settings);
    if (!jkt) throw new Error('No DPoP key could be made in this browser.');
    return jkt;
  };
  return {
    thumbprint,
    async proof(url, method, nonce) {
      await thumbprint();
      const proof = await keeper.dpopProof(url, noToken, method, nonce);
      if (!proof) throw new Error('The DPoP key of this run is gone.');
      return proof;
    },
    forget: async () => void (await settings.store.remove(clientId).catch(() => undefined)),
  };
}

/** Whether a session's tokens are bound to its key: the token type the server answered with. */
export const isDpopBound = (user: Pick<User, 'token_type'> | null | undefined): boolean => user?.token_type?.toLowerCase() === 'dpop';

const userinfoSchema = z.looseObject({ sub: z.string().check(z.minLength(1)) });

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
  const parsed = userinfoSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new AuthProtocolError('userinfo_subject', 'The userinfo response has no sub.');
  if (parsed.data.sub !== user.profile.sub) throw new AuthProtocolError('userinfo_subject', 'The userinfo sub is not the ID token’s.');
  return parsed.data;
}
