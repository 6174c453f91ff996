import { base64url, CompactSign, createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { IdTokenError, validateIdToken, type IdTokenCheck } from './id-token';
import { accessTokenHash } from './token-hash';

const issuer = 'https://id.example.com';
const clientId = 'open-banking-explorer';
const nonce = 'n-0S6_WzA2Mj';
const now = new Date('2026-11-22T12:00:00Z');
const epoch = Math.floor(now.getTime() / 1000);
const accessToken = 'eyJhbGciOiJSUzI1NiJ9.access.token';

let key: CryptoKey;
let otherKey: CryptoKey;
let keys: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const ours = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  key = ours.privateKey;
  otherKey = other.privateKey;
  keys = createLocalJWKSet({
    keys: [
      { ...(await exportJWK(ours.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(other.publicKey)), kid: 'unused', alg: 'RS256', use: 'sig' },
    ],
  });
});

function claims(overrides: JWTPayload = {}): JWTPayload {
  return { iss: issuer, sub: 'demo', aud: clientId, exp: epoch + 300, iat: epoch - 5, nonce, ...overrides };
}

async function sign(payload: JWTPayload, options: { signer?: CryptoKey; kid?: string; alg?: string } = {}): Promise<string> {
  const cleaned = Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
  return new SignJWT(cleaned).setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'k1' }).sign(options.signer ?? key);
}

async function failure(token: string, overrides: Partial<Parameters<typeof validateIdToken>[2]> = {}): Promise<IdTokenCheck> {
  try {
    await validateIdToken(token, keys, { issuer, clientId, nonce, now, ...overrides });
  } catch (error) {
    if (error instanceof IdTokenError) return error.check;
    throw error;
  }
  throw new Error('expected the ID token to be refused');
}

describe('validateIdToken accepts', () => {
  it('a correctly signed token with the expected claims', async () => {
    const payload = await validateIdToken(await sign(claims()), keys, { issuer, clientId, nonce, now });
    expect(payload.sub).toBe('demo');
  });

  it('an audience list that includes the client when azp names it', async () => {
    const token = await sign(claims({ aud: [clientId, 'bankservice'], azp: clientId }));
    await expect(validateIdToken(token, keys, { issuer, clientId, nonce, now })).resolves.toBeTruthy();
  });

  it('a matching at_hash when the access token is given', async () => {
    const token = await sign(claims({ at_hash: await accessTokenHash(accessToken, 'RS256') }));
    await expect(validateIdToken(token, keys, { issuer, clientId, nonce, now, accessToken })).resolves.toBeTruthy();
  });

  it.each([
    ['4 minutes ahead', 240],
    ['4 minutes behind', -240],
  ])('a token while the device clock is %s (within the default skew)', async (_name, offset) => {
    const token = await sign(claims());
    await expect(validateIdToken(token, keys, { issuer, clientId, nonce, now: new Date(now.getTime() + offset * 1000) })).resolves.toBeTruthy();
  });

  it('timestamps within the allowed clock skew', async () => {
    const token = await sign(claims({ exp: epoch - 30, iat: epoch + 30 }));
    await expect(validateIdToken(token, keys, { issuer, clientId, nonce, now, clockSkewSeconds: 60 })).resolves.toBeTruthy();
  });
});

describe('validateIdToken refuses', () => {
  it('text that is not a JWT', async () => {
    expect(await failure('not-a-jwt')).toBe('malformed');
  });

  it('a signed payload that is not a JSON object', async () => {
    const token = await new CompactSign(new TextEncoder().encode('["not", "claims"]')).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(key);
    expect(await failure(token)).toBe('malformed');
  });

  it('alg none', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none' }));
    const body = base64url.encode(JSON.stringify(claims()));
    expect(await failure(`${header}.${body}.`)).toBe('algorithm');
  });

  it('an HMAC signature keyed with a guessable secret', async () => {
    const secret = new TextEncoder().encode(clientId.padEnd(32, '!'));
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(secret);
    expect(await failure(token)).toBe('algorithm');
  });

  it('a bad signature', async () => {
    expect(await failure(await sign(claims(), { signer: otherKey }))).toBe('signature');
  });

  it('a tampered payload', async () => {
    const [header, , signature] = (await sign(claims())).split('.');
    const forged = base64url.encode(JSON.stringify(claims({ sub: 'admin' })));
    expect(await failure(`${header}.${forged}.${signature}`)).toBe('signature');
  });

  it('a key id the identity server does not publish', async () => {
    expect(await failure(await sign(claims(), { kid: 'missing' }))).toBe('unknown_key');
  });

  it('another issuer', async () => {
    expect(await failure(await sign(claims({ iss: 'https://evil.example.com' })))).toBe('issuer');
  });

  it('a missing issuer', async () => {
    expect(await failure(await sign(claims({ iss: undefined })))).toBe('issuer');
  });

  it('another audience', async () => {
    expect(await failure(await sign(claims({ aud: 'someone-else' })))).toBe('audience');
  });

  it('a missing audience', async () => {
    expect(await failure(await sign(claims({ aud: undefined })))).toBe('audience');
  });

  it('several audiences without azp', async () => {
    expect(await failure(await sign(claims({ aud: [clientId, 'other'] })))).toBe('authorized_party');
  });

  it('an azp naming another client', async () => {
    expect(await failure(await sign(claims({ azp: 'other' })))).toBe('authorized_party');
  });

  it('an expired token', async () => {
    expect(await failure(await sign(claims({ exp: epoch - 600, iat: epoch - 900 })), { maxAgeSeconds: 3600 })).toBe('expired');
  });

  it('a missing exp', async () => {
    expect(await failure(await sign(claims({ exp: undefined })))).toBe('expired');
  });

  it('a missing iat', async () => {
    expect(await failure(await sign(claims({ iat: undefined })))).toBe('issued_at');
  });

  it('an iat in the future beyond the skew', async () => {
    expect(await failure(await sign(claims({ iat: epoch + 600, exp: epoch + 900 })))).toBe('issued_at');
  });

  it('an iat far in the past', async () => {
    expect(await failure(await sign(claims({ iat: epoch - 3600 })))).toBe('issued_at');
  });

  it.each([
    ['10 minutes ahead', 600],
    ['10 minutes behind', -600],
  ])('a fresh token while the device clock is %s, as a clock problem', async (_name, offset) => {
    expect(await failure(await sign(claims({ exp: epoch + 3600 })), { now: new Date(now.getTime() + offset * 1000) })).toBe('issued_at');
  });

  it('an nbf in the future', async () => {
    expect(await failure(await sign(claims({ nbf: epoch + 600 })))).toBe('not_yet_valid');
  });

  it('a missing sub', async () => {
    expect(await failure(await sign(claims({ sub: undefined })))).toBe('subject');
  });

  it('an empty sub', async () => {
    expect(await failure(await sign(claims({ sub: '' })))).toBe('subject');
  });

  it('another nonce', async () => {
    expect(await failure(await sign(claims({ nonce: 'replayed' })))).toBe('nonce');
  });

  it('a missing nonce when one was sent', async () => {
    expect(await failure(await sign(claims({ nonce: undefined })))).toBe('nonce');
  });

  it('a wrong at_hash', async () => {
    const token = await sign(claims({ at_hash: await accessTokenHash('another.access.token', 'RS256') }));
    expect(await failure(token, { accessToken })).toBe('at_hash');
  });

  it('a missing at_hash when the access token came with it', async () => {
    expect(await failure(await sign(claims()), { accessToken })).toBe('at_hash');
  });
});

describe('accessTokenHash', () => {
  it('matches the example of OIDC Core (RS256 → left half of SHA-256)', async () => {
    // OIDC Core Appendix A.3/A.4: access token "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y" → at_hash "77QmUPtjPfzWtF2AnpK9RQ"
    expect(await accessTokenHash('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256')).toBe('77QmUPtjPfzWtF2AnpK9RQ');
  });
});

describe('IdTokenError', () => {
  it('names the check that failed', () => {
    expect(new IdTokenError('nonce').message).toMatch(/nonce check failed/);
  });
});
