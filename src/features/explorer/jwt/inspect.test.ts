import { base64url, createLocalJWKSet, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, generateSecret, SignJWT, UnsecuredJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessTokenHash } from '../../../auth';
import { checkAtHash, decodeToken, inspect, jwksKeySource, validityOf, verifySignature, type DecodedJwt, type DecodeProblem, type KeySource } from './inspect';
import { parsePastedKey, pastedKeySource } from './pasted-key';

const certificate = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDLTCCAhWgAwIBAgIUWlUM04Eb0iobD4kN756vsLrG4XkwDQYJKoZIhvcNAQEL',
  'BQAwJTEjMCEGA1UEAwwaT3BlbiBCYW5raW5nIEV4cGxvcmVyIHRlc3QwIBcNMjYx',
  'MTIyMTYxMTE0WhgPMjEyNjEwMjkxNjExMTRaMCUxIzAhBgNVBAMMGk9wZW4gQmFu',
  'a2luZyBFeHBsb3JlciB0ZXN0MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC',
  'AQEA1WrkbEMay0mut9ETO0iDYEY3igOv5OlMvYDtDxBmDY8M4bJBtxcTxFqU0a9N',
  'OgSCimQid1xth06HMVqkKwMMtpXYNbDo+6Ave4PjOnopZwhoFTfemVK3gWL7MqLr',
  'T7jaUiO3RFfVJhSn99cL/7zINBwqA2JQNcJZzWbjl61AlT3qWaaDQLR+auXfBvId',
  'PUZvVckqSrFqqQlMRb5OAT2Efr2ObRBwE+fatKrKOI7Hp/xglvMMaXP7m3P46j7S',
  'fcJohBA4kKfcAZSeZJz/hLFitgkgZB8c0jUyqCXPuaHBar5y+TmJuaNkhoJye2p+',
  'fVjhe1o/KGVfXoIEHEJrkx6FQQIDAQABo1MwUTAdBgNVHQ4EFgQUpyAq8Kys9zTF',
  'D149XwK+nWMHxoUwHwYDVR0jBBgwFoAUpyAq8Kys9zTFD149XwK+nWMHxoUwDwYD',
  'VR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAQEAzbZ0mOpiTgBjHwXxJPKw',
  'KnuRjzvIBGguXbhrlfeTSMxaju00pxBnu5wdY0Iiw0hdx0O31uhuaGyGGido6NSU',
  'ZWEHHvDCZMNyO2jz5oLlGkkzCpHju4Lg35Hslyzb+2uR44AWFiU3g52qz0oxpZC9',
  'HfvOmY7auzCUaK42PsNIpcEHxodC0pb15U6B+aaEf43cGxclPiBlaFSIktMUevr6',
  'OuQkf7I3sY5hPzi1h0gq+65n6/PQfWCnTi+3o0ojwmOOGUhT1YLfjY8kTADm3A+y',
  'UfYWaU2qGVBkqy9qwVZZ5stj5whXNEiG4mwp+RJ0ch54Jg2lEMXDn5YHbgZjqsAn',
  'ew==',
  '-----END CERTIFICATE-----',
].join('\n');
/** Signed by the certificate's key (RS256), which is not kept anywhere. */
const certificateToken =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2lkLmV4YW1wbGUuY29tIiwic3ViIjoiY2VydGlmaWNhdGUtaG9sZGVyIiwiYXVkIjoiYmFua3NlcnZpY2UiLCJpYXQiOjE3OTAwMDAwMDAsImV4cCI6MTc5MDAwMzYwMH0.ylXDfBO2H81LHjYtsxBZuiU1i41aE6hqh-4RkLWZYY14zmpcL3Ch4pWMil3AGxYyNN9IdRe9dpXFISH4rAPdyesRYsDtzjQvvChpCAzuQNxxHsMGSd7b2cvkHpXVVT91QWmkO98lLIo6ba9yolVkp-92rKPbxPeY7_F_oYZb7LU_Gqp9hkvtlCo08YHj2bCYe07dPsR2syMWfe16k8BWpcz4lEH8lbz-fiUNEks8d9muALo7QtRbeDtr1xh5eQesPjCVKl7CyvXWPApWCQl-027S0OLuUIyWtUwB0vEw0PDjMP1rEB4V408V3CoxkhF1oZk1USfWI6o4f-PK8lEW7w';
const now = new Date('2026-11-22T12:00:00Z');
const epoch = Math.floor(now.getTime() / 1000);
const accessToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl';

const encode = (text: string) => base64url.encode(new TextEncoder().encode(text));
const headerPart = encode('{"alg":"RS256","typ":"JWT"}');
const payloadPart = encode('{"sub":"demo"}');

let signingKey: CryptoKey;
let publicKey: CryptoKey;
let otherSigningKey: CryptoKey;
let publicJwk: JWK;
let otherPublicJwk: JWK;
let jwks: KeySource;

beforeAll(async () => {
  const ours = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  signingKey = ours.privateKey;
  publicKey = ours.publicKey;
  otherSigningKey = other.privateKey;
  publicJwk = { ...(await exportJWK(ours.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  otherPublicJwk = { ...(await exportJWK(other.publicKey)), kid: 'k2', alg: 'RS256', use: 'sig' };
  jwks = jwksKeySource(createLocalJWKSet({ keys: [otherPublicJwk, publicJwk] }));
});

function claims(overrides: JWTPayload = {}): JWTPayload {
  return { iss: 'http://localhost:5001', sub: 'demo', aud: 'bankservice', client_id: 'open-banking-explorer', scope: 'openid bankservice', iat: epoch - 60, exp: epoch + 3600, ...overrides };
}

async function sign(payload: JWTPayload = claims(), options: { key?: CryptoKey; kid?: string | null; typ?: string } = {}): Promise<string> {
  const header = { alg: 'RS256', typ: options.typ ?? 'at+jwt', ...(options.kid === null ? {} : { kid: options.kid ?? 'k1' }) };
  return new SignJWT(payload).setProtectedHeader(header).sign(options.key ?? signingKey);
}

function problemOf(input: string): DecodeProblem {
  const result = decodeToken(input);
  if (result.ok) throw new Error('expected a decoding problem');
  return result.problem;
}

function decoded(token: string): DecodedJwt {
  const result = decodeToken(token);
  if (!result.ok) throw new Error(`expected a JWT, got ${result.problem.code}`);
  return result.jwt;
}

describe('decodeToken refuses, naming the part and the reason,', () => {
  it('empty input', () => {
    expect(problemOf('  \n ')).toEqual({ code: 'empty' });
  });

  it('a text with two parts', () => {
    expect(problemOf(`${headerPart}.${payloadPart}`)).toEqual({ code: 'part_count', parts: 2 });
  });

  it('an opaque token (one part)', () => {
    expect(problemOf('2YotnFZFEjr1zCsicMWpAA')).toEqual({ code: 'part_count', parts: 1 });
  });

  it('four parts', () => {
    expect(problemOf(`${headerPart}.${payloadPart}.c2ln.extra`)).toEqual({ code: 'part_count', parts: 4 });
  });

  it('an encrypted JWE (five parts)', () => {
    expect(problemOf(`${encode('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`)).toEqual({ code: 'encrypted', parts: 5 });
  });

  it('an empty header', () => {
    expect(problemOf(`.${payloadPart}.c2ln`)).toEqual({ code: 'empty_part', part: 'header' });
  });

  it('an empty payload', () => {
    expect(problemOf(`${headerPart}..c2ln`)).toEqual({ code: 'empty_part', part: 'payload' });
  });

  it('a header with a character outside base64url', () => {
    expect(problemOf(`eyJhbGciOi+JSUzI1NiJ9.${payloadPart}.c2ln`)).toEqual({ code: 'base64url_character', part: 'header', character: '+', position: 11 });
  });

  it('a payload that is not base64url', () => {
    expect(problemOf(`${headerPart}.eyJzdWIiOiJkZW1vIn0/.c2ln`)).toMatchObject({ code: 'base64url_character', part: 'payload', character: '/' });
  });

  it('a payload with base64 padding', () => {
    expect(problemOf(`${headerPart}.${payloadPart}==.c2ln`)).toEqual({ code: 'base64url_padding', part: 'payload' });
  });

  it('a payload whose length no base64url text has', () => {
    const cut = `${payloadPart}${'A'.repeat((5 - (payloadPart.length % 4)) % 4)}`;
    expect(cut.length % 4).toBe(1);
    expect(problemOf(`${headerPart}.${cut}.c2ln`)).toEqual({ code: 'base64url_length', part: 'payload', length: cut.length });
  });

  it('a signature that is not base64url', () => {
    expect(problemOf(`${headerPart}.${payloadPart}.c2ln*`)).toMatchObject({ code: 'base64url_character', part: 'signature', character: '*', position: 5 });
  });

  it('a header that is not UTF-8', () => {
    expect(problemOf(`${base64url.encode(new Uint8Array([0xff, 0xfe, 0x7b]))}.${payloadPart}.c2ln`)).toEqual({ code: 'utf8', part: 'header' });
  });

  it('a header that is not JSON', () => {
    expect(problemOf(`${encode('{alg: RS256}')}.${payloadPart}.c2ln`)).toMatchObject({ code: 'json', part: 'header' });
  });

  it('a header that is JSON but not an object', () => {
    expect(problemOf(`${encode('["RS256"]')}.${payloadPart}.c2ln`)).toEqual({ code: 'not_object', part: 'header', found: 'array' });
  });

  it('a payload that is a JSON string, not an object', () => {
    expect(problemOf(`${headerPart}.${encode('"demo"')}.c2ln`)).toEqual({ code: 'not_object', part: 'payload', found: 'string' });
  });

  it('a payload that is JSON null', () => {
    expect(problemOf(`${headerPart}.${encode('null')}.c2ln`)).toEqual({ code: 'not_object', part: 'payload', found: 'null' });
  });

  it('a header without "alg"', () => {
    expect(problemOf(`${encode('{"typ":"JWT"}')}.${payloadPart}.c2ln`)).toEqual({ code: 'alg_missing' });
  });
});

describe('decodeToken reads', () => {
  it('header, payload and the signature length', async () => {
    const jwt = decoded(await sign());
    expect(jwt.header).toEqual({ alg: 'RS256', typ: 'at+jwt', kid: 'k1' });
    expect(jwt.payload.sub).toBe('demo');
    expect(jwt.alg).toBe('RS256');
    expect(jwt.signatureLength).toBe(256);
  });

  it('a token pasted with "Bearer ", quotes and line breaks', async () => {
    const token = await sign();
    const pasted = `Bearer "${token.slice(0, 40)}\n  ${token.slice(40)}"`;
    expect(decoded(pasted).token).toBe(token);
  });

  it('an unsigned token (empty signature)', () => {
    const jwt = decoded(new UnsecuredJWT({ sub: 'demo' }).encode());
    expect(jwt.alg).toBe('none');
    expect(jwt.signatureLength).toBe(0);
  });
});

describe('times', () => {
  it('explains exp, nbf, iat and auth_time relative to now', async () => {
    const result = await inspect(await sign(claims({ nbf: epoch - 60, auth_time: epoch - 120 })), { now });
    if (!result.ok) throw new Error('expected a JWT');
    const times = Object.fromEntries(result.payload.filter((entry) => entry.time).map((entry) => [entry.name, entry.time]));
    expect(times.exp).toEqual({ valid: true, date: new Date((epoch + 3600) * 1000), secondsFromNow: 3600 });
    expect(times.iat).toMatchObject({ valid: true, secondsFromNow: -60 });
    expect(times.nbf).toMatchObject({ valid: true, secondsFromNow: -60 });
    expect(times.auth_time).toMatchObject({ valid: true, secondsFromNow: -120 });
  });

  it('calls a token valid until exp', () => {
    expect(validityOf(claims(), now)).toEqual({ state: 'valid', secondsFromNow: 3600 });
  });

  it('calls a token whose exp has passed expired', () => {
    expect(validityOf(claims({ exp: epoch - 180 }), now)).toEqual({ state: 'expired', secondsFromNow: -180 });
  });

  it('calls a token expired at the very second of exp', () => {
    expect(validityOf(claims({ exp: epoch }), now).state).toBe('expired');
  });

  it('calls a token with nbf in the future not yet valid', () => {
    expect(validityOf(claims({ nbf: epoch + 30 }), now)).toEqual({ state: 'not_yet_valid', secondsFromNow: 30 });
  });

  it('says when there is no exp', () => {
    expect(validityOf({ sub: 'demo' }, now)).toEqual({ state: 'no_expiry' });
  });

  it('flags an exp that is not a NumericDate', () => {
    expect(validityOf({ exp: '2026-11-22' }, now)).toEqual({ state: 'bad_time' });
  });

  it('marks registered claims as explained and private ones as not', async () => {
    const result = await inspect(await sign(claims({ tenant: 'acme' })), { now });
    if (!result.ok) throw new Error('expected a JWT');
    expect(result.payload.find((entry) => entry.name === 'client_id')?.explained).toBe('client_id');
    expect(result.payload.find((entry) => entry.name === 'tenant')?.explained).toBeUndefined();
    expect(result.header.map((entry) => entry.explained)).toEqual(['alg', 'typ', 'kid']);
  });
});

describe('verifySignature against a JWKS', () => {
  it('accepts an RS256 token and names the key that matched', async () => {
    expect(await verifySignature(decoded(await sign()), jwks)).toEqual({ status: 'valid', alg: 'RS256', kid: 'k1' });
  });

  it('finds the matching key of a token without kid when the set has one key', async () => {
    const single = jwksKeySource(createLocalJWKSet({ keys: [publicJwk] }));
    expect(await verifySignature(decoded(await sign(claims(), { kid: null })), single)).toEqual({ status: 'valid', alg: 'RS256', kid: 'k1' });
  });

  it('says a token without kid is ambiguous when several keys fit', async () => {
    expect(await verifySignature(decoded(await sign(claims(), { kid: null })), jwks)).toEqual({ status: 'several_matching_keys', kid: undefined });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await sign()).split('.');
    const tampered = `${header}.${encode(JSON.stringify(claims({ scope: 'openid bankservice admin' })))}.${signature}`;
    expect(await verifySignature(decoded(tampered), jwks)).toEqual({ status: 'invalid', alg: 'RS256', kid: 'k1' });
  });

  it('refuses a token signed by another key under the same kid', async () => {
    expect((await verifySignature(decoded(await sign(claims(), { key: otherSigningKey, kid: 'k1' })), jwks)).status).toBe('invalid');
  });

  it('says when no key in the set has the token’s kid', async () => {
    expect(await verifySignature(decoded(await sign(claims(), { kid: 'rotated-away' })), jwks)).toEqual({ status: 'no_matching_key', kid: 'rotated-away' });
  });

  it('says when the key set cannot be fetched', async () => {
    const unreachable: KeySource = {
      origin: 'jwks',
      getKey: () => Promise.reject(new TypeError('Failed to fetch')),
    };
    expect(await verifySignature(decoded(await sign()), unreachable)).toEqual({ status: 'keys_unavailable', detail: 'Failed to fetch' });
  });

  it('says when there are no keys to verify with', async () => {
    expect(await verifySignature(decoded(await sign()), undefined)).toEqual({ status: 'no_keys' });
  });
});

describe('verifySignature never calls these valid:', () => {
  it('alg "none"', async () => {
    expect(await verifySignature(decoded(new UnsecuredJWT(claims()).encode()), jwks)).toEqual({ status: 'alg_none' });
  });

  it('alg "none" with a signature glued on', async () => {
    const [, payload] = (await sign()).split('.');
    expect(await verifySignature(decoded(`${encode('{"alg":"none"}')}.${payload}.c2ln`), jwks)).toEqual({ status: 'alg_none' });
  });

  it('HS256, even with its secret at hand', async () => {
    const secret = await generateSecret('HS256', { extractable: true });
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    const pasted = parsePastedKey(JSON.stringify(await exportJWK(secret)));
    expect(pasted).toEqual({ ok: false, problem: { code: 'symmetric' } });
    expect(await verifySignature(decoded(token), jwks)).toEqual({ status: 'alg_hmac', alg: 'HS256' });
  });

  it('an algorithm outside the asymmetric list', async () => {
    expect(await verifySignature(decoded(`${encode('{"alg":"RS1"}')}.${payloadPart}.c2ln`), jwks)).toEqual({ status: 'alg_unsupported', alg: 'RS1' });
  });
});

describe('verifySignature with a pasted key', () => {
  async function withPasted(text: string, token: string) {
    const parsed = parsePastedKey(text);
    if (!parsed?.ok) throw new Error('expected a usable key');
    return verifySignature(decoded(token), pastedKeySource(parsed.key));
  }

  it('accepts a token verified by a pasted JWK', async () => {
    expect(await withPasted(JSON.stringify(publicJwk), await sign())).toEqual({ status: 'valid', alg: 'RS256', kid: 'k1' });
  });

  it('accepts a token verified by a pasted JWKS', async () => {
    expect(await withPasted(JSON.stringify({ keys: [publicJwk, otherPublicJwk] }), await sign())).toEqual({ status: 'valid', alg: 'RS256', kid: 'k1' });
  });

  it('refuses a token signed by another key than the pasted JWK', async () => {
    expect((await withPasted(JSON.stringify(otherPublicJwk), await sign())).status).toBe('invalid');
  });

  it('accepts a token verified by a pasted PEM public key (SPKI)', async () => {
    expect(await withPasted(await exportSPKI(publicKey), await sign())).toEqual({ status: 'valid', alg: 'RS256', kid: 'k1' });
  });

  it('accepts a token verified by a pasted X.509 certificate', async () => {
    expect(await withPasted(certificate, certificateToken)).toEqual({ status: 'valid', alg: 'RS256', kid: undefined });
  });

  it('refuses a tampered token with the X.509 certificate', async () => {
    const [header, , signature] = certificateToken.split('.');
    const tampered = `${header}.${encode('{"sub":"someone-else"}')}.${signature}`;
    expect((await withPasted(certificate, tampered)).status).toBe('invalid');
  });

  it('says an EC key cannot verify an RS256 token', async () => {
    const ec = await generateKeyPair('ES256', { extractable: true });
    const result = await withPasted(JSON.stringify(await exportJWK(ec.publicKey)), await sign());
    expect(result.status).toBe('key_unusable');
  });

  it('uses only the public part of a pasted private JWK', async () => {
    const parsed = parsePastedKey(JSON.stringify({ ...(await exportJWK(signingKey)), kid: 'k1' }));
    expect(parsed).toMatchObject({ ok: true, privatePartsRemoved: true });
    if (!parsed?.ok || parsed.key.kind !== 'jwk') throw new Error('expected a JWK');
    expect(parsed.key.jwk).not.toHaveProperty('d');
    expect(await verifySignature(decoded(await sign()), pastedKeySource(parsed.key))).toMatchObject({ status: 'valid' });
  });
});

describe('parsePastedKey', () => {
  it('ignores an empty box', () => {
    expect(parsePastedKey('   ')).toBeUndefined();
  });

  it('refuses a PEM private key', async () => {
    expect(parsePastedKey(await exportPKCS8(signingKey))).toEqual({ ok: false, problem: { code: 'private_pem' } });
  });

  it('names a PKCS#1 RSA public key as such', () => {
    expect(parsePastedKey('-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----')).toEqual({ ok: false, problem: { code: 'pkcs1_pem' } });
  });

  it('reports JSON that does not parse', () => {
    expect(parsePastedKey('{"kty": RSA}')).toMatchObject({ ok: false, problem: { code: 'json' } });
  });

  it('refuses JSON that is no key', () => {
    expect(parsePastedKey('{"alg":"RS256"}')).toEqual({ ok: false, problem: { code: 'not_a_key' } });
  });

  it('refuses a JWKS without public keys', () => {
    expect(parsePastedKey('{"keys":[]}')).toEqual({ ok: false, problem: { code: 'jwks_empty' } });
  });

  it('refuses text that is neither JSON nor PEM', () => {
    expect(parsePastedKey('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA')).toEqual({ ok: false, problem: { code: 'not_a_key' } });
  });
});

describe('checkAtHash', () => {
  it('confirms an at_hash made from the access token', async () => {
    const idToken = await sign(claims({ at_hash: await accessTokenHash(accessToken, 'RS256') }), { typ: 'JWT' });
    expect(await checkAtHash(decoded(idToken), accessToken)).toEqual({ status: 'match' });
  });

  it('reports an at_hash made from another access token', async () => {
    const idToken = await sign(claims({ at_hash: await accessTokenHash(`${accessToken}x`, 'RS256') }), { typ: 'JWT' });
    expect(await checkAtHash(decoded(idToken), accessToken)).toMatchObject({ status: 'mismatch', expected: await accessTokenHash(accessToken, 'RS256') });
  });

  it('says when there is no access token to compare with', async () => {
    const idToken = await sign(claims({ at_hash: 'abc' }), { typ: 'JWT' });
    expect(await checkAtHash(decoded(idToken), undefined)).toEqual({ status: 'no_access_token' });
  });

  it('reports an at_hash that is not a string', async () => {
    expect(await checkAtHash(decoded(await sign(claims({ at_hash: 42 }))), accessToken)).toEqual({ status: 'not_a_string' });
  });

  it('has nothing to say about a token without at_hash', async () => {
    expect(await checkAtHash(decoded(await sign()), accessToken)).toBeUndefined();
  });
});

describe('inspect', () => {
  it('decodes, explains and verifies in one go', async () => {
    const result = await inspect(await sign(claims({ exp: epoch - 5 })), { keys: jwks, now });
    expect(result).toMatchObject({ ok: true, validity: { state: 'expired' }, signature: { status: 'valid', kid: 'k1' } });
  });

  it('returns the problem of a malformed token instead of throwing', async () => {
    await expect(inspect('not-a-jwt', { keys: jwks })).resolves.toEqual({ ok: false, problem: { code: 'part_count', parts: 1 } });
  });
});
