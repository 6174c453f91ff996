import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import type { ScenarioName } from './scenarios.ts';

/** One RS256 key pair and the public JWK published for it. */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * The provider's keys, generated in memory at start so nothing secret ever lands on disk and every
 * run gets fresh ones.
 */
export interface ProviderKeys {
  /** The key every scenario publishes and signs with. */
  current: SigningKey;
  /** The key `key-rotated` moves to; published only from the second JWKS fetch on. */
  rotated: SigningKey;
  /** Never published: `bad-signature` signs with it under `current`'s kid. */
  foreign: SigningKey;
}

async function createSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, use: 'sig', alg: 'RS256' } };
}

export async function createProviderKeys(): Promise<ProviderKeys> {
  const [current, rotated, foreign] = await Promise.all([createSigningKey(), createSigningKey(), createSigningKey()]);
  return { current, rotated, foreign };
}

/** `key-rotated` has moved to its new key for everything it signs; every other scenario uses the current one. */
export function signingKeyFor(scenario: ScenarioName, keys: ProviderKeys): SigningKey {
  return scenario === 'key-rotated' ? keys.rotated : keys.current;
}
