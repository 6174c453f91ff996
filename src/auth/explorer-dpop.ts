import type { DPoPSettings } from './dpop';

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
 * oidc-client-ts is imported when the key is first used: a static import here would make the bundler put the
 * library in the chunk the explorer shares with the first page.
 */
export function explorerRunKey(run: string, clientId: string, authority: string): RunKey {
  const ready = Promise.all([import('oidc-client-ts'), import('./dpop')]).then(([{ User, UserManager }, { dpopKeyStore }]) => {
    const settings: DPoPSettings = { store: dpopKeyStore(`obe:explorer-run:${run}:`), bind_authorization_code: false };
    // Only its key handling is used: no metadata is read, no user stored, nothing renewed.
    const keeper = new UserManager({ authority, client_id: clientId, redirect_uri: authority, dpop: settings, automaticSilentRenew: false, monitorSession: false });
    const noToken = new User({ access_token: '', token_type: 'DPoP', profile: { sub: '', iss: authority, aud: clientId, exp: 0, iat: 0 } });
    return { settings, keeper, noToken };
  });
  const thumbprint = async () => {
    const { settings, keeper } = await ready;
    const jkt = await keeper.generateDPoPJkt(settings);
    if (!jkt) throw new Error('No DPoP key could be made in this browser.');
    return jkt;
  };
  return {
    thumbprint,
    async proof(url, method, nonce) {
      await thumbprint();
      const { keeper, noToken } = await ready;
      const proof = await keeper.dpopProof(url, noToken, method, nonce);
      if (!proof) throw new Error('The DPoP key of this run is gone.');
      return proof;
    },
    forget: async () => {
      const { settings } = await ready;
      await settings.store.remove(clientId).catch(() => undefined);
    },
  };
}
