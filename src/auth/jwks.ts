import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

const keySets = new Map<string, JWTVerifyGetKey>();

/** One key set per JWKS URI: jose caches the keys and refetches once when a `kid` is unknown (rotation). */
export function keysAt(jwksUri: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUri));
    keySets.set(jwksUri, keys);
  }
  return keys;
}
