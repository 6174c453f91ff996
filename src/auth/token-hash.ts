import { IdTokenError } from './id-token-error';

// Asymmetric algorithms only: `none` and HMAC (keyed with a public client id) prove nothing.
export const allowedAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

const hashOf: Record<string, string> = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' };

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** `at_hash` per OIDC Core §3.2.2.9: left half of the hash of the access token, base64url. */
export async function accessTokenHash(accessToken: string, alg: string): Promise<string> {
  const bits = alg === 'EdDSA' ? '512' : alg.slice(-3);
  const hash = hashOf[bits];
  if (!hash) throw new IdTokenError('algorithm', `No hash is defined for ${alg}.`);
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(accessToken)));
  return base64url(digest.slice(0, digest.length / 2));
}
