import { base64url, calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exchange, Revealed } from '../../../auth';
import { inspectProof, proofStatus, type ProofCheck, type ProofInspection } from './proof';

const apiUrl = 'https://api.example.com/api/v3/accounts/6f1c3d2e-0000-4000-8000-000000000001';
let privateKey: CryptoKey;
let jwk: JWK;
let jkt: string;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey;
  const { kty, crv, x, y } = await exportJWK(pair.publicKey);
  jwk = { kty, crv, x, y };
  jkt = await calculateJwkThumbprint(jwk, 'sha256');
});

const unsigned = (payload: object) => `eyJhbGciOiJub25lIn0.${base64url.encode(JSON.stringify(payload))}.`;
/** An access token as the identity server shapes it; its signature does not matter to a proof's checks. */
const accessToken = (cnf?: object) => unsigned({ sub: 'demo', ...(cnf ? { cnf } : {}) });
const athOf = async (token: string) => base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))));

async function proof(claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT({ jti: 'proof-1', iat: 1_764_500_000, ...claims }).setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk, ...header }).sign(privateKey);
}

/** An API call as the wire log records it: the proof and the Authorization header masked, the raw values in `raw`. */
function apiCall(raw: Record<string, string>, extra: Partial<Exchange> = {}): { exchange: Exchange; reveal: (path: string) => Revealed | null } {
  const exchange: Exchange = {
    id: 7,
    at: 1_764_500_000_000,
    kind: 'api',
    method: 'GET',
    url: apiUrl,
    sent: { Authorization: 'DPoP eyJhbGciOiJub25lIn0.…', DPoP: `${(raw['sent.DPoP'] ?? '').split('.')[0] ?? ''}.…` },
    authScheme: 'DPoP',
    secrets: Object.fromEntries(Object.keys(raw).map((path) => [path, { length: raw[path]?.length ?? 0, kept: true }])),
    ...extra,
  };
  return { exchange, reveal: (path) => (path in raw ? { state: 'shown', value: raw[path] ?? '' } : exchange.secrets?.[path] ? { state: 'gone' } : null) };
}

async function inspected(claims: Record<string, unknown>, token = accessToken({ jkt }), extra: Partial<Exchange> = {}, header: Record<string, unknown> = {}) {
  const { exchange, reveal } = apiCall({ 'sent.DPoP': await proof(claims, header), 'sent.Authorization': `DPoP ${token}` }, extra);
  return inspectProof(exchange, reveal);
}

function decoded(inspection: ProofInspection | undefined) {
  if (inspection?.state !== 'decoded') throw new Error(`not decoded: ${JSON.stringify(inspection)}`);
  return inspection;
}

const check = <C extends ProofCheck['check']>(inspection: ProofInspection | undefined, name: C) => {
  const found = decoded(inspection).checks.find((item) => item.check === name);
  if (!found) throw new Error(`no ${name} check`);
  return found as Extract<ProofCheck, { check: C }>;
};

describe('inspectProof: a proof as it should be', () => {
  it('decodes header and claims, and every check passes: typ, jwk, signature, htm, htu, ath, thumbprint = cnf.jkt', async () => {
    const token = accessToken({ jkt });
    const inspection = decoded(await inspected({ htm: 'GET', htu: apiUrl, ath: await athOf(token), nonce: 'n-1' }, token));
    expect(inspection.header).toMatchObject({ typ: 'dpop+jwt', alg: 'ES256', jwk, thumbprint: jkt });
    expect(inspection.claims).toMatchObject({ htm: 'GET', htu: apiUrl, jti: 'proof-1', iat: 1_764_500_000, nonce: 'n-1' });
    expect(inspection.checks.map((item) => [item.check, item.status])).toEqual([
      ['typ', 'ok'],
      ['jwk', 'ok'],
      ['signature', 'valid'],
      ['htm', 'match'],
      ['htu', 'match'],
      ['ath', 'match'],
      ['jkt', 'match'],
    ]);
    expect(inspection.checks.every((item) => proofStatus(item) === 'good')).toBe(true);
  });

  it('a token request’s proof has no ath to check, and its key is compared with the jkt of the token it was answered with', async () => {
    const token = accessToken({ jkt });
    const tokenUrl = 'https://id.example.com/connect/token';
    const raw = { 'sent.DPoP': await proof({ htm: 'POST', htu: tokenUrl }), 'received.access_token': token };
    const { exchange, reveal } = apiCall(raw, { kind: 'token', method: 'POST', url: tokenUrl, sent: { grant_type: 'authorization_code', DPoP: 'eyJ.…' }, authScheme: undefined });
    const inspection = await inspectProof(exchange, reveal);
    expect(check(inspection, 'ath').status).toBe('not_needed');
    expect(check(inspection, 'jkt').status).toBe('match');
  });

  it('is undefined for an exchange that carried no proof', async () => {
    expect(await inspectProof({ id: 1, at: 0, kind: 'api', method: 'GET', url: apiUrl, sent: {}, authScheme: 'Bearer' }, () => null)).toBeUndefined();
  });
});

describe('inspectProof: each failure on its own', () => {
  it('htm naming another method than the request’s is a mismatch', async () => {
    expect(check(await inspected({ htm: 'POST', htu: apiUrl }), 'htm')).toMatchObject({ status: 'mismatch', expected: 'GET', found: 'POST' });
  });

  it('htu naming another URL than the request’s is a mismatch', async () => {
    expect(check(await inspected({ htm: 'GET', htu: 'https://api.example.com/api/v3/statements/x' }), 'htu')).toMatchObject({ status: 'mismatch', expected: apiUrl });
  });

  it('htu with a query is flagged: RFC 9449 §4.2 says without query and fragment', async () => {
    expect(check(await inspected({ htm: 'GET', htu: `${apiUrl}?skip=0` }), 'htu').status).toBe('query');
  });

  it('ath that is not the hash of the access token sent is a mismatch', async () => {
    const token = accessToken({ jkt });
    const ath = check(await inspected({ htm: 'GET', htu: apiUrl, ath: await athOf('another-token') }, token), 'ath');
    expect(ath).toMatchObject({ status: 'mismatch', expected: await athOf(token) });
  });

  it('no ath beside an access token is missing', async () => {
    expect(check(await inspected({ htm: 'GET', htu: apiUrl }), 'ath').status).toBe('missing');
  });

  it('a key whose thumbprint is not the token’s cnf.jkt is a mismatch', async () => {
    const token = accessToken({ jkt: 'another-thumbprint' });
    expect(check(await inspected({ htm: 'GET', htu: apiUrl, ath: await athOf(token) }, token), 'jkt')).toMatchObject({ status: 'mismatch', jkt: 'another-thumbprint', thumbprint: jkt });
  });

  it('a token without cnf.jkt is not bound to the key', async () => {
    const token = accessToken();
    expect(check(await inspected({ htm: 'GET', htu: apiUrl, ath: await athOf(token) }, token), 'jkt').status).toBe('not_bound');
  });

  it('an access token this page no longer holds leaves ath and jkt unknown, not passed', async () => {
    const { exchange, reveal } = apiCall({ 'sent.DPoP': await proof({ htm: 'GET', htu: apiUrl, ath: 'x' }) }, { secrets: { 'sent.DPoP': { length: 9, kept: true }, 'sent.Authorization': { length: 9, kept: true } } });
    const inspection = await inspectProof(exchange, reveal);
    expect([check(inspection, 'ath').status, check(inspection, 'jkt').status]).toEqual(['token_unknown', 'token_unknown']);
    expect(proofStatus(check(inspection, 'ath'))).toBe('unknown');
  });

  it('typ other than dpop+jwt is wrong', async () => {
    expect(check(await inspected({ htm: 'GET', htu: apiUrl }, undefined, {}, { typ: 'JWT' }), 'typ')).toMatchObject({ status: 'wrong', found: 'JWT' });
  });

  it('a jwk with a private part is refused, and no signature is checked with it', async () => {
    const { d } = await exportJWK(privateKey);
    const inspection = await inspected({ htm: 'GET', htu: apiUrl }, undefined, {}, { jwk: { ...jwk, d } });
    expect(check(inspection, 'jwk').status).toBe('private');
    expect(check(inspection, 'signature').status).toBe('not_checked');
  });

  it('a proof changed after signing has an invalid signature', async () => {
    const [header, , signature] = (await proof({ htm: 'GET', htu: apiUrl })).split('.');
    const tampered = `${header}.${base64url.encode(JSON.stringify({ htm: 'GET', htu: apiUrl, jti: 'other', iat: 1 }))}.${signature}`;
    const { exchange, reveal } = apiCall({ 'sent.DPoP': tampered });
    expect(check(await inspectProof(exchange, reveal), 'signature').status).toBe('invalid');
  });

  it('a raw value this page no longer holds is said to be gone; the header, kept in the masked value, is still read', async () => {
    const raw = await proof({ htm: 'GET', htu: apiUrl });
    const { exchange } = apiCall({ 'sent.DPoP': raw });
    const inspection = await inspectProof(exchange, () => ({ state: 'gone' }));
    expect(inspection).toMatchObject({ state: 'not_kept', why: 'gone', header: { typ: 'dpop+jwt', alg: 'ES256', thumbprint: jkt } });
  });

  it('a masked proof from an imported file, with no raw value anywhere, is said to be not in the file', async () => {
    const raw = await proof({ htm: 'GET', htu: apiUrl });
    const { exchange } = apiCall({ 'sent.DPoP': raw });
    delete exchange.secrets;
    expect(await inspectProof({ ...exchange, sent: { DPoP: `${raw.split('.')[0] ?? ''}.…(300 characters, masked)` } }, () => null)).toMatchObject({ state: 'not_kept', why: 'not_in_file', header: { thumbprint: jkt } });
  });

  it('a proof that is not a JWT is malformed', async () => {
    const { exchange, reveal } = apiCall({ 'sent.DPoP': 'not-a-jwt' });
    expect(await inspectProof(exchange, reveal)).toMatchObject({ state: 'malformed' });
  });

  it('a proof whose payload is not JSON is malformed', async () => {
    const [header] = (await proof({})).split('.');
    const { exchange, reveal } = apiCall({ 'sent.DPoP': `${header}.bm90IGpzb24.c2ln` });
    expect(await inspectProof(exchange, reveal)).toMatchObject({ state: 'malformed' });
  });
});
