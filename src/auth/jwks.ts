import { createRemoteJWKSet, jwksCache, type JWKSCacheInput, type JWTVerifyGetKey, type RemoteJWKSet } from 'jose';
import { cachedKeys, rememberKeys } from './discovery-cache';

interface KeySet {
  remote: RemoteJWKSet;
  cache: JWKSCacheInput;
}

const keySets = new Map<string, KeySet>();
export const jwksMaxAgeMs = 10 * 60 * 1000;

/**
 * One key set per JWKS URI, fetched once a session (kept across the sign-in's redirects):
 * jose refetches once when a token names a `kid` it does not know (a rotated key), with no
 * cool-down, so a rotation right after the first fetch works.
 */
function keySetAt(jwksUri: string): KeySet {
  let keySet = keySets.get(jwksUri);
  if (!keySet) {
    const cache = cachedKeys(jwksUri);
    const remote = createRemoteJWKSet(new URL(jwksUri), {
      cooldownDuration: 0,
      // Keys a server stopped publishing (revoked, rotated out) stop being trusted after ten minutes.
      cacheMaxAge: jwksMaxAgeMs,
      // jose fills this object when it fetches; it is saved after each use.
      [jwksCache]: cache,
    });
    keySet = { remote, cache };
    keySets.set(jwksUri, keySet);
  }
  return keySet;
}

const save = (jwksUri: string, { cache }: KeySet) => {
  if ('jwks' in cache) rememberKeys(jwksUri, cache);
};

export function keysAt(jwksUri: string): JWTVerifyGetKey {
  const keySet = keySetAt(jwksUri);
  return async (header, token) => {
    try {
      return await keySet.remote(header, token);
    } finally {
      save(jwksUri, keySet);
    }
  };
}

/**
 * Fetches the keys now unless fresh ones are at hand, so they are ready when a token arrives to be verified
 * (the verification waits for this same fetch, or tries again if it failed).
 */
export function prefetchKeys(jwksUri: string): void {
  const keySet = keySetAt(jwksUri);
  if (keySet.remote.fresh) return;
  keySet.remote.reload().then(
    () => save(jwksUri, keySet),
    () => undefined,
  );
}
