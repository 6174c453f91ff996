import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JSONWebKeySet, JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdentity, TEST_TTL } from './test-browser.ts';
import type { TestIdentity } from './test-browser.ts';

const SERVICE = { id: 'open-banking-service', secret: 'sandbox-secret' };

let identity: TestIdentity;
let jwks: ReturnType<typeof createLocalJWKSet>;
beforeAll(async () => {
  identity = await startTestIdentity();
  jwks = createLocalJWKSet((await (await fetch(`${identity.issuer}/.well-known/openid-configuration/jwks`)).json()) as JSONWebKeySet);
});
afterAll(() => identity.close());

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function token(form: Record<string, string>, authorization?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${identity.issuer}/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(authorization ? { Authorization: authorization } : {}) },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Verifies an access token as the API does and returns its claims. */
async function verifyAccessToken(value: unknown): Promise<JWTPayload> {
  expect(typeof value).toBe('string');
  const accessToken = value as string;
  expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
  const { payload } = await jwtVerify(accessToken, jwks, { issuer: identity.issuer, audience: 'bankservice', typ: 'at+jwt' });
  expect(payload).toMatchObject({ client_id: expect.any(String), exp: expect.any(Number), iat: expect.any(Number), jti: expect.any(String) });
  return payload;
}

describe('client_credentials', () => {
  it('issues an RS256 at+jwt for bankservice with the configured lifetime (client_secret_basic)', async () => {
    const { status, body } = await token({ grant_type: 'client_credentials', scope: 'bankservice' }, basic(SERVICE.id, SERVICE.secret));
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: TEST_TTL, scope: 'bankservice' });
    const claims = await verifyAccessToken(body.access_token);
    // A client's own token: scope as a JSON array and tid as IdentityServer writes them, no sign-in claims.
    expect(claims).toMatchObject({ client_id: SERVICE.id, sub: SERVICE.id, scope: ['bankservice'], tid: 'default' });
    expect(claims.nbf).toBe(claims.iat);
    expect(claims).not.toHaveProperty('auth_time');
    expect(claims).not.toHaveProperty('amr');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(TEST_TTL);
  });

  it('accepts client_secret_post too', async () => {
    const { status, body } = await token({ grant_type: 'client_credentials', scope: 'bankservice', client_id: SERVICE.id, client_secret: SERVICE.secret });
    expect(status).toBe(200);
    await verifyAccessToken(body.access_token);
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const { status, body } = await token({ grant_type: 'client_credentials', scope: 'bankservice' }, basic(SERVICE.id, 'wrong'));
    expect(status).toBe(401);
    expect(body.error).toBe('invalid_client');
  });

  it('refuses the public SPA client', async () => {
    const { status, body } = await token({ grant_type: 'client_credentials', scope: 'bankservice', client_id: 'open-banking-explorer' });
    expect(status).toBe(400);
    expect(body.error_description).toMatch(/grant type is not allowed/);
  });
});

describe('password', () => {
  it('issues an access token for the demo user, and an ID token when openid is asked for', async () => {
    const { status, body } = await token({ grant_type: 'password', username: 'demo', password: 'demo', scope: 'openid profile bankservice' }, basic(SERVICE.id, SERVICE.secret));
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: TEST_TTL, scope: 'openid profile bankservice' });
    const claims = await verifyAccessToken(body.access_token);
    expect(claims).toMatchObject({ sub: 'demo', client_id: SERVICE.id, scope: ['openid', 'profile', 'bankservice'], tid: 'default', amr: ['pwd'] });
    expect(claims.auth_time).toBe(claims.iat);
    const { payload: idToken } = await jwtVerify(body.id_token as string, jwks, { issuer: identity.issuer, audience: SERVICE.id });
    expect(idToken).toMatchObject({ sub: 'demo', name: 'Demo User' });
  });

  it('works with only the API scope and no ID token', async () => {
    const { body } = await token({ grant_type: 'password', username: 'demo', password: 'demo', scope: 'bankservice', client_id: SERVICE.id, client_secret: SERVICE.secret });
    expect(body.scope).toBe('bankservice');
    expect(body.id_token).toBeUndefined();
    await verifyAccessToken(body.access_token);
  });

  it('refuses a wrong password with invalid_grant', async () => {
    const { status, body } = await token({ grant_type: 'password', username: 'demo', password: 'nope', scope: 'bankservice' }, basic(SERVICE.id, SERVICE.secret));
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses an unknown user with invalid_grant', async () => {
    const { body } = await token({ grant_type: 'password', username: 'mallory', password: 'demo', scope: 'bankservice' }, basic(SERVICE.id, SERVICE.secret));
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const { status, body } = await token({ grant_type: 'password', username: 'demo', password: 'demo', scope: 'bankservice' }, basic(SERVICE.id, 'wrong'));
    expect(status).toBe(401);
    expect(body.error).toBe('invalid_client');
  });

  it('refuses a scope the client may not have with invalid_scope', async () => {
    const { body } = await token({ grant_type: 'password', username: 'demo', password: 'demo', scope: 'bankservice offline_access' }, basic(SERVICE.id, SERVICE.secret));
    expect(body.error).toBe('invalid_scope');
  });

  it('refuses a request without a password with invalid_request', async () => {
    const { body } = await token({ grant_type: 'password', username: 'demo' }, basic(SERVICE.id, SERVICE.secret));
    expect(body.error).toBe('invalid_request');
  });
});
