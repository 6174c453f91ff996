import { base64url } from 'jose';

/** RFC 7636 §4.1: 43–128 characters of the unreserved set. */
export const verifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

/** RFC 7636 §4.2, S256: BASE64URL(SHA-256(ASCII(code_verifier))). */
export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest));
}
