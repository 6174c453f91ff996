import { createRemoteJWKSet, jwksCache, type JWTVerifyGetKey } from 'jose';
import { cachedKeys, rememberKeys } from './discovery-cache';

const keySets = new Map<string, JWTVerifyGetKey>();
export const jwksMaxAgeMs = 10 * 60 * 1000;

/**
 * One key set per JWKS URI, fetched once a session (kept across the sign-in's redirects):
 * jose refetches once when a token names a `kid` it does not know (a rotated key), with no
 * cool-down, so a rotation right after the first fetch works.
 */
export function keysAt(jwksUri: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUri);
  if (!keys) {
    const cache = cachedKeys(jwksUri);
    const remote = createRemoteJWKSet(new URL(jwksUri), {
      cooldownDuration: 0,
      // Keys a server stopped publishing (revoked, rotated out) stop being trusted after ten minutes.
      cacheMaxAge: jwksMaxAgeMs,
      // jose fills this object when it fetches; it is saved after each use.
      [jwksCache]: cache,
    });
    keys = async (header, token) => {
      try {
        return await remote(header, token);
      } finally {
        if ('jwks' in cache) rememberKeys(jwksUri, cache);
      }
    };
    keySets.set(jwksUri, keys);
  }
  return keys;
}
