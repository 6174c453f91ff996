import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWK, JWTPayload } from 'jose';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessTokenHash, DpopNonces, JtiReplayCache } from '../dpop.ts';
import { bearerChallenge, bearerProblem, checkAuthorization } from './token-check.ts';
import type { BearerFailure, BearerResult, DpopOptions } from './token-check.ts';
import { DEMO_SUB } from './demo-data.ts';
import { createTestKeys, ISSUER, NOW, signToken } from './test-support.ts';
import type { TestKeys } from './test-support.ts';

/** The API's RFC 9449 checks, each failure on its own, with real ES256 proofs made by jose. */

const URL_ACCOUNTS = new URL('http://localhost:5002/api/v3/accounts/3f8a0c4e-0000-4000-8000-000000000001');
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

interface ProofKey {
  privateKey: CryptoKey;
  jwk: JWK;
  jkt: string;
}

async function proofKey(alg: 'ES256' | 'RS256' = 'ES256'): Promise<ProofKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk, jkt: await calculateJwkThumbprint(jwk) };
}

let keys: TestKeys;
let clientKey: ProofKey;
let otherKey: ProofKey;
let boundToken: string;
let plainToken: string;
let dpop: DpopOptions;

beforeAll(async () => {
  keys = await createTestKeys();
  clientKey = await proofKey();
  otherKey = await proofKey();
  boundToken = await signToken(keys.privateKey, { claims: { cnf: { jkt: clientKey.jkt } } });
  plainToken = await signToken(keys.privateKey);
});

beforeEach(() => {
  dpop = { replay: new JtiReplayCache(), nonces: new DpopNonces(), requireNonce: false };
});

interface ProofOptions {
  key?: ProofKey;
  /** Claims replacing the defaults; undefined removes one. */
  claims?: JWTPayload;
  header?: Record<string, unknown>;
  alg?: string;
}

let jtiCounter = 0;

/** A proof for GET on URL_ACCOUNTS with the bound token, unless told otherwise. */
async function proof(options: ProofOptions = {}): Promise<string> {
  const key = options.key ?? clientKey;
  jtiCounter += 1;
  const claims: JWTPayload = { jti: `proof-${jtiCounter}`, htm: 'GET', htu: URL_ACCOUNTS.href, iat: NOW_SECONDS, ath: accessTokenHash(boundToken), ...options.claims };
  const present = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
  return new SignJWT(present).setProtectedHeader({ alg: options.alg ?? 'ES256', typ: 'dpop+jwt', jwk: key.jwk, ...options.header }).sign(key.privateKey);
}

function check(proofValue: string | undefined, request: { token?: string; scheme?: string; method?: string; url?: URL } = {}): Promise<BearerResult> {
  return checkAuthorization(
    { authorization: `${request.scheme ?? 'DPoP'} ${request.token ?? boundToken}`, proof: proofValue, method: request.method ?? 'GET', url: request.url ?? URL_ACCOUNTS },
    { issuer: ISSUER, jwks: keys.jwks, now: () => NOW, dpop },
  );
}

function refused(result: BearerResult): BearerFailure {
  if (result.ok) throw new Error('expected the request to be refused');
  return result;
}

/** An invalid_dpop_proof answer: 401, a DPoP challenge naming the error, and the check that failed. */
async function expectInvalidProof(result: Promise<BearerResult>, proofReason: string): Promise<BearerFailure> {
  const failure = refused(await result);
  expect(failure).toMatchObject({ status: 401, code: 'invalid_dpop_proof', scheme: 'DPoP', proofReason });
  expect(bearerChallenge(failure)).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]+", algs="ES256 [^"]*"$/);
  return failure;
}

describe('the API accepts', () => {
  it('a DPoP-bound token with a fresh proof made with its key', async () => {
    const result = await check(await proof());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.principal.userId).toBe(DEMO_SUB);
  });

  it('a proof whose htu differs only in the query and fragment, which are ignored', async () => {
    const url = new URL(`${URL_ACCOUNTS.href}?skip=10`);
    expect((await check(await proof({ claims: { htu: `${URL_ACCOUNTS.href}#top` } }), { url })).ok).toBe(true);
  });

  it('a Bearer token without cnf, with no proof at all', async () => {
    expect((await check(undefined, { scheme: 'Bearer', token: plainToken })).ok).toBe(true);
  });
});

describe('the API refuses, with invalid_dpop_proof,', () => {
  it('a DPoP request without a proof', async () => {
    await expectInvalidProof(check(undefined), 'missing');
  });

  it('a proof whose signature does not verify with its jwk', async () => {
    await expectInvalidProof(check(await proof({ header: { jwk: otherKey.jwk } })), 'signature');
  });

  it('a proof whose payload was changed after signing', async () => {
    const [header, , signature] = (await proof()).split('.');
    const forged = Buffer.from(JSON.stringify({ jti: 'x', htm: 'POST', htu: URL_ACCOUNTS.href, iat: NOW_SECONDS, ath: accessTokenHash(boundToken) })).toString('base64url');
    await expectInvalidProof(check(`${header}.${forged}.${signature}`), 'signature');
  });

  it('a proof with another typ', async () => {
    await expectInvalidProof(check(await proof({ header: { typ: 'JWT' } })), 'typ');
  });

  it('an unsigned proof (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'dpop+jwt', jwk: clientKey.jwk })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ jti: 'none', htm: 'GET', htu: URL_ACCOUNTS.href, iat: NOW_SECONDS, ath: accessTokenHash(boundToken) })).toString('base64url');
    await expectInvalidProof(check(`${header}.${payload}.`), 'algorithm');
  });

  it('a proof with a symmetric algorithm (HS256)', async () => {
    const secret = new TextEncoder().encode('a shared secret of thirty-two bytes!');
    const hs256 = await new SignJWT({ jti: 'hs', htm: 'GET', htu: URL_ACCOUNTS.href, iat: NOW_SECONDS, ath: accessTokenHash(boundToken) })
      // jose's types rightly forbid a symmetric jwk in a header; this proof is wrong on purpose.
      .setProtectedHeader({ alg: 'HS256', typ: 'dpop+jwt', jwk: { kty: 'oct', k: Buffer.from(secret).toString('base64url') } as JWK })
      .sign(secret);
    await expectInvalidProof(check(hs256), 'algorithm');
  });

  it('a proof without a jwk header', async () => {
    await expectInvalidProof(check(await proof({ header: { jwk: undefined } })), 'jwk');
  });

  it('a proof whose jwk holds the private key', async () => {
    const privateJwk = await exportJWK(clientKey.privateKey);
    await expectInvalidProof(check(await proof({ header: { jwk: privateJwk } })), 'private-key');
  });

  it('a proof without jti', async () => {
    await expectInvalidProof(check(await proof({ claims: { jti: undefined } })), 'claims');
  });

  it('a proof for another method (htm)', async () => {
    await expectInvalidProof(check(await proof({ claims: { htm: 'POST' } })), 'htm');
  });

  it('a proof for another URL (htu)', async () => {
    await expectInvalidProof(check(await proof({ claims: { htu: 'http://localhost:5002/api/v3/statements/3f8a0c4e-0000-4000-8000-000000000001' } })), 'htu');
  });

  it('a proof for the same path on another origin (htu)', async () => {
    await expectInvalidProof(check(await proof({ claims: { htu: URL_ACCOUNTS.href.replace('5002', '5003') } })), 'htu');
  });

  it('a proof made too long ago (iat)', async () => {
    await expectInvalidProof(check(await proof({ claims: { iat: NOW_SECONDS - 61 } })), 'iat');
  });

  it('a proof made in the future (iat)', async () => {
    await expectInvalidProof(check(await proof({ claims: { iat: NOW_SECONDS + 61 } })), 'iat');
  });

  it('a proof used a second time (jti replay)', async () => {
    const once = await proof();
    expect((await check(once)).ok).toBe(true);
    await expectInvalidProof(check(once), 'replay');
  });

  it('a proof without ath', async () => {
    await expectInvalidProof(check(await proof({ claims: { ath: undefined } })), 'ath');
  });

  it('a proof whose ath is the hash of another token', async () => {
    await expectInvalidProof(check(await proof({ claims: { ath: accessTokenHash(plainToken) } })), 'ath');
  });
});

describe('the API refuses, with invalid_token,', () => {
  it('a valid proof made with another key than the token is bound to (cnf.jkt)', async () => {
    const failure = refused(await check(await proof({ key: otherKey })));
    expect(failure).toMatchObject({ status: 401, code: 'invalid_token', scheme: 'DPoP', reason: 'dpop-binding' });
    expect(bearerChallenge(failure)).toMatch(/^DPoP error="invalid_token", error_description="[^"]*cnf\.jkt[^"]*", algs="/);
  });

  it('a DPoP-bound token presented as Bearer', async () => {
    const failure = refused(await check(undefined, { scheme: 'Bearer' }));
    expect(failure).toMatchObject({ status: 401, code: 'invalid_token', scheme: 'DPoP', reason: 'dpop-binding' });
  });

  it('a DPoP-bound token presented as Bearer even with a valid proof', async () => {
    const failure = refused(await check(await proof(), { scheme: 'Bearer' }));
    expect(failure).toMatchObject({ code: 'invalid_token', reason: 'dpop-binding' });
  });

  it('an unbound token presented with the DPoP scheme', async () => {
    const failure = refused(await check(await proof({ claims: { ath: accessTokenHash(plainToken) } }), { token: plainToken }));
    expect(failure).toMatchObject({ code: 'invalid_token', reason: 'dpop-binding' });
  });

  it('a forged token under the DPoP scheme, with the DPoP challenge', async () => {
    const forged = await signToken((await createTestKeys()).privateKey, { claims: { cnf: { jkt: clientKey.jkt } } });
    const failure = refused(await check(await proof({ claims: { ath: accessTokenHash(forged) } }), { token: forged }));
    expect(failure).toMatchObject({ code: 'invalid_token', reason: 'signature', scheme: 'DPoP' });
  });
});

describe('with nonces required', () => {
  beforeEach(() => {
    dpop = { ...dpop, requireNonce: true };
  });

  it('a proof without a nonce gets use_dpop_nonce and a DPoP-Nonce header', async () => {
    const failure = refused(await check(await proof()));
    expect(failure).toMatchObject({ status: 401, code: 'use_dpop_nonce', proofReason: 'nonce', nonce: dpop.nonces.current(NOW_SECONDS) });
    const problem = bearerProblem(failure);
    expect(problem.headers['DPoP-Nonce']).toBe(failure.nonce);
    expect(problem.headers['WWW-Authenticate']).toMatch(/^DPoP error="use_dpop_nonce", error_description="[^"]+", algs="/);
  });

  it('a proof with a nonce this server never issued gets use_dpop_nonce with the current one', async () => {
    const failure = refused(await check(await proof({ claims: { nonce: 'made-up' } })));
    expect(failure).toMatchObject({ code: 'use_dpop_nonce', nonce: dpop.nonces.current(NOW_SECONDS) });
  });

  it('a proof with the nonce from the challenge is accepted', async () => {
    const challenge = refused(await check(await proof()));
    expect((await check(await proof({ claims: { nonce: challenge.nonce } }))).ok).toBe(true);
  });

  it('a nonce from the step before is still accepted, one from two steps before is not', async () => {
    const previous = dpop.nonces.current(NOW_SECONDS - dpop.nonces.stepSeconds);
    const older = dpop.nonces.current(NOW_SECONDS - 2 * dpop.nonces.stepSeconds);
    expect((await check(await proof({ claims: { nonce: previous } }))).ok).toBe(true);
    expect(refused(await check(await proof({ claims: { nonce: older } })))).toMatchObject({ code: 'use_dpop_nonce' });
  });
});

describe('the replay cache', () => {
  it('forgets a jti once its proof could no longer pass the iat check', () => {
    const cache = new JtiReplayCache();
    expect(cache.remember('a', 100, 50)).toBe(true);
    expect(cache.remember('a', 100, 99)).toBe(false);
    expect(cache.remember('a', 200, 100)).toBe(true);
  });

  it('holds at most maxEntries, dropping the oldest first', () => {
    const cache = new JtiReplayCache(2);
    cache.remember('a', 100, 0);
    cache.remember('b', 100, 0);
    cache.remember('c', 100, 0);
    expect(cache.size).toBe(2);
    expect(cache.remember('b', 100, 0)).toBe(false);
  });
});
