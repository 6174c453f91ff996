import { createLocalJWKSet, importJWK, importSPKI, importX509, type JSONWebKeySet, type JWK } from 'jose';
import type { KeySource } from './inspect';
import { isObject } from '../../../api/shapes';

/** A verification key the user pasted: a JWK, a JWKS, or PEM (SPKI public key or X.509 certificate). */
export type PastedKey = { kind: 'jwk'; jwk: JWK } | { kind: 'jwks'; jwks: JSONWebKeySet } | { kind: 'spki'; pem: string } | { kind: 'x509'; pem: string };

export type PastedKeyProblem =
  | { code: 'private_pem' }
  | { code: 'pkcs1_pem' }
  | { code: 'unknown_pem'; label: string }
  | { code: 'json'; detail: string }
  | { code: 'not_a_key' }
  | { code: 'symmetric' }
  | { code: 'jwks_empty' };

export type PastedKeyResult = { ok: true; key: PastedKey; privatePartsRemoved: boolean } | { ok: false; problem: PastedKeyProblem };

// RFC 7518 §6.2.2, §6.3.2, RFC 8037 §2: the members that make a JWK private.
const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

function publicPart(jwk: JWK): { jwk: JWK; removed: boolean } {
  const isPrivate = (member: string) => (privateMembers as readonly string[]).includes(member);
  const entries = Object.entries(jwk);
  const kept = entries.filter(([member]) => !isPrivate(member));
  return { jwk: Object.fromEntries(kept) as JWK, removed: kept.length !== entries.length };
}

function isJwk(value: unknown): value is JWK {
  return isObject(value) && typeof value.kty === 'string';
}

function parsePem(text: string): PastedKeyResult {
  const label = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1] ?? '';
  if (label === 'PUBLIC KEY') return { ok: true, key: { kind: 'spki', pem: text }, privatePartsRemoved: false };
  if (label === 'CERTIFICATE') return { ok: true, key: { kind: 'x509', pem: text }, privatePartsRemoved: false };
  if (label.endsWith('PRIVATE KEY')) return { ok: false, problem: { code: 'private_pem' } };
  if (label === 'RSA PUBLIC KEY') return { ok: false, problem: { code: 'pkcs1_pem' } };
  return { ok: false, problem: { code: 'unknown_pem', label } };
}

function parseJson(text: string): PastedKeyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (isObject(value) && Array.isArray(value.keys)) {
    const keys = value.keys.filter(isJwk).filter((jwk) => jwk.kty !== 'oct');
    if (keys.length === 0) return { ok: false, problem: { code: 'jwks_empty' } };
    const cleaned = keys.map(publicPart);
    return { ok: true, key: { kind: 'jwks', jwks: { keys: cleaned.map((entry) => entry.jwk) } }, privatePartsRemoved: cleaned.some((entry) => entry.removed) };
  }
  if (!isJwk(value)) return { ok: false, problem: { code: 'not_a_key' } };
  if (value.kty === 'oct') return { ok: false, problem: { code: 'symmetric' } };
  const { jwk, removed } = publicPart(value);
  return { ok: true, key: { kind: 'jwk', jwk }, privatePartsRemoved: removed };
}

/** Reads a pasted key. Private keys are refused (PEM) or cut down to their public part (JWK), never used. */
export function parsePastedKey(input: string): PastedKeyResult | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (text.startsWith('-----BEGIN ')) return parsePem(text);
  if (text.startsWith('{')) return parseJson(text);
  return { ok: false, problem: { code: 'not_a_key' } };
}

/** The pasted key as a key source for `verifySignature`; the token's `alg` decides how it is imported. */
export function pastedKeySource(key: PastedKey): KeySource {
  switch (key.kind) {
    case 'jwks': {
      const set = createLocalJWKSet(key.jwks);
      return { origin: 'pasted', getKey: set, jwks: set.jwks };
    }
    case 'jwk':
      return { origin: 'pasted', getKey: (header) => importJWK(key.jwk, header.alg), jwks: () => ({ keys: [key.jwk] }) };
    case 'spki':
      return { origin: 'pasted', getKey: (header) => importSPKI(key.pem, header.alg ?? '') };
    case 'x509':
      return { origin: 'pasted', getKey: (header) => importX509(key.pem, header.alg ?? '') };
  }
}
