import { randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { accessTokenHash } from './dpop.ts';

/** A DPoP client's side, for the tests that play one against the sandbox: a key pair and its proofs, made with jose. */

export interface DpopKey {
  privateKey: CryptoKey;
  jwk: JWK;
  /** The public key's RFC 7638 thumbprint: what a bound token's `cnf.jkt` must say. */
  jkt: string;
}

export async function dpopKey(): Promise<DpopKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk, jkt: await calculateJwkThumbprint(jwk) };
}

/** A fresh proof for one request, as a DPoP client makes it (RFC 9449 §4.2). */
export function proof(key: DpopKey, htm: string, htu: string, extra: { nonce?: string; accessToken?: string } = {}): Promise<string> {
  return new SignJWT({
    htm,
    htu,
    ...(extra.nonce === undefined ? {} : { nonce: extra.nonce }),
    ...(extra.accessToken === undefined ? {} : { ath: accessTokenHash(extra.accessToken) }),
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: key.jwk })
    .setJti(randomUUID())
    .setIssuedAt()
    .sign(key.privateKey);
}
