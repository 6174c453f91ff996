import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

const keySets = new Map<string, JWTVerifyGetKey>();

/**
 * One key set per JWKS URI, fetched once and kept: jose refetches once when a token names a `kid`
 * it does not know (a rotated key), with no cool-down, so a rotation right after the first fetch works.
 */
export function keysAt(jwksUri: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 0, cacheMaxAge: Number.POSITIVE_INFINITY });
    keySets.set(jwksUri, keys);
  }
  return keys;
}
