import { SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearerChallenge, checkBearer } from './token-check.ts';
import type { BearerFailure, BearerResult } from './token-check.ts';
import { createTestKeys, ISSUER, NOW, signToken } from './test-support.ts';
import type { TestKeys } from './test-support.ts';

let keys: TestKeys;
let otherKeys: TestKeys;

beforeAll(async () => {
  keys = await createTestKeys();
  otherKeys = await createTestKeys();
});

const check = (authorization: string | undefined): Promise<BearerResult> => checkBearer(authorization, { issuer: ISSUER, jwks: keys.jwks, now: () => NOW });

function expectFailure(result: BearerResult): BearerFailure {
  if (result.ok) throw new Error('expected the token to be refused');
  return result;
}

async function expectInvalidToken(authorization: string, reason: BearerFailure['reason'], mentions: RegExp): Promise<void> {
  const failure = expectFailure(await check(authorization));
  expect(failure).toMatchObject({ status: 401, code: 'invalid_token', reason });
  expect(failure.description).toMatch(mentions);
  expect(bearerChallenge(failure)).toMatch(/^Bearer realm="bankservice", error="invalid_token", error_description="[^"]+"$/);
}

describe('checkBearer refuses', () => {
  it('a request without an Authorization header, with no error code (RFC 6750 §3.1)', async () => {
    const failure = expectFailure(await check(undefined));
    expect(failure).toMatchObject({ status: 401, code: undefined, reason: 'missing' });
    expect(bearerChallenge(failure)).toBe('Bearer realm="bankservice"');
  });

  it('an empty Bearer header as missing credentials', async () => {
    const failure = expectFailure(await check('Bearer '));
    expect(failure).toMatchObject({ status: 401, code: undefined, reason: 'missing' });
  });

  it('another authentication scheme, with no error code', async () => {
    const failure = expectFailure(await check('Basic ZGVtbzpkZW1v'));
    expect(failure).toMatchObject({ status: 401, code: undefined, reason: 'scheme' });
    expect(bearerChallenge(failure)).toBe('Bearer realm="bankservice"');
  });

  it('a token that is not a JWT', async () => {
    await expectInvalidToken('Bearer not-a-jwt', 'malformed', /well-formed/);
  });

  it('a token with a broken header segment', async () => {
    await expectInvalidToken('Bearer e30.e30.e30', 'malformed', /well-formed/);
  });

  it('a token signed by another key under the same kid', async () => {
    await expectInvalidToken(`Bearer ${await signToken(otherKeys.privateKey)}`, 'signature', /signature/);
  });

  it('a token signed by a key the issuer does not publish', async () => {
    await expectInvalidToken(`Bearer ${await signToken(otherKeys.privateKey, { kid: 'unknown-key' })}`, 'signature', /signature/);
  });

  it('a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await signToken(keys.privateKey)).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
    await expectInvalidToken(`Bearer ${header}.${forged}.${signature}`, 'signature', /signature/);
  });

  it('an unsigned token (alg none)', async () => {
    const unsigned = new UnsecuredJWT({ scope: 'bankservice', sub: 'demo' })
      .setIssuer(ISSUER)
      .setAudience('bankservice')
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .encode();
    await expectInvalidToken(`Bearer ${unsigned}`, 'algorithm', /RS256, not none/);
  });

  it('a token signed with HS256', async () => {
    const hmac = await new SignJWT({ scope: 'bankservice', sub: 'demo' })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: 'test-key' })
      .setIssuer(ISSUER)
      .setAudience('bankservice')
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!'));
    await expectInvalidToken(`Bearer ${hmac}`, 'algorithm', /RS256, not HS256/);
  });

  it('a token of another type (typ JWT, e.g. an ID token)', async () => {
    await expectInvalidToken(`Bearer ${await signToken(keys.privateKey, { header: { typ: 'JWT' } })}`, 'type', /type/);
  });

  it('a token from another issuer', async () => {
    await expectInvalidToken(`Bearer ${await signToken(keys.privateKey, { issuer: 'https://id.aritma.io' })}`, 'issuer', /issuer/);
  });

  it('a token for another audience', async () => {
    await expectInvalidToken(`Bearer ${await signToken(keys.privateKey, { audience: ['receivables', 'openid'] })}`, 'audience', /audience/);
  });

  it('an expired token', async () => {
    await expectInvalidToken(`Bearer ${await signToken(keys.privateKey, { expiresIn: -60 })}`, 'expired', /expired/);
  });

  it('a token without a subject or client id', async () => {
    const token = await new SignJWT({ scope: 'bankservice' })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'test-key' })
      .setIssuer(ISSUER)
      .setAudience('bankservice')
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(keys.privateKey);
    await expectInvalidToken(`Bearer ${token}`, 'claims', /sub/);
  });

  it('a token without the bankservice scope, with insufficient_scope and 403', async () => {
    const failure = expectFailure(await check(`Bearer ${await signToken(keys.privateKey, { claims: { scope: 'openid profile' } })}`));
    expect(failure).toMatchObject({ status: 403, code: 'insufficient_scope', reason: 'scope' });
    expect(bearerChallenge(failure)).toBe(
      'Bearer realm="bankservice", error="insufficient_scope", error_description="The access token lacks the bankservice scope.", scope="bankservice"',
    );
  });

  it('with 503 and no challenge when the signing keys cannot be fetched', async () => {
    const failure = expectFailure(
      await checkBearer(`Bearer ${await signToken(keys.privateKey)}`, {
        issuer: ISSUER,
        jwks: () => Promise.reject(new TypeError('fetch failed')),
        now: () => NOW,
      }),
    );
    expect(failure).toMatchObject({ status: 503, reason: 'keys-unavailable' });
    expect(bearerChallenge(failure)).toBeUndefined();
  });
});

describe('checkBearer accepts', () => {
  it('a valid token with a space-delimited scope string', async () => {
    const result = await check(`Bearer ${await signToken(keys.privateKey, { claims: { scope: 'openid profile bankservice' } })}`);
    expect(result).toMatchObject({ ok: true, principal: { userId: 'demo', kind: 'user', scopes: ['openid', 'profile', 'bankservice'] } });
  });

  it("a client's own token (client_credentials: sub is the client id, or absent) as a client, not a user", async () => {
    for (const subject of ['open-banking-service', null]) {
      const token = await signToken(keys.privateKey, { subject, claims: { client_id: 'open-banking-service' } });
      expect(await check(`Bearer ${token}`)).toMatchObject({ ok: true, principal: { userId: 'open-banking-service', kind: 'client' } });
    }
  });

  it('a valid token with a scope array, as IdentityServer sends', async () => {
    const result = await check(`Bearer ${await signToken(keys.privateKey, { claims: { scope: ['openid', 'bankservice'] } })}`);
    expect(result).toMatchObject({ ok: true, principal: { scopes: ['openid', 'bankservice'] } });
  });

  it('a typ of application/at+jwt, which RFC 9068 treats as the same type', async () => {
    const result = await check(`Bearer ${await signToken(keys.privateKey, { header: { typ: 'application/at+jwt' } })}`);
    expect(result.ok).toBe(true);
  });

  it('an audience list that includes bankservice', async () => {
    const result = await check(`Bearer ${await signToken(keys.privateKey, { audience: ['receivables', 'bankservice'] })}`);
    expect(result.ok).toBe(true);
  });

  it('a token that expired within the 30 s clock tolerance', async () => {
    const result = await check(`Bearer ${await signToken(keys.privateKey, { expiresIn: -10 })}`);
    expect(result.ok).toBe(true);
  });

  it('a client_credentials token without sub, naming the client as the user', async () => {
    const token = await new SignJWT({ scope: 'bankservice', client_id: 'open-banking-service' })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'test-key' })
      .setIssuer(ISSUER)
      .setAudience('bankservice')
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(keys.privateKey);
    expect(await check(`Bearer ${token}`)).toMatchObject({ ok: true, principal: { userId: 'open-banking-service' } });
  });

  it('the scheme name in any letter case', async () => {
    const result = await check(`bearer ${await signToken(keys.privateKey)}`);
    expect(result.ok).toBe(true);
  });
});
