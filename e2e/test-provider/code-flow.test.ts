import { decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessTokenHash } from './id-token.ts';
import type { TestProvider } from './server.ts';
import {
  APP_ORIGIN,
  authorizationRequest,
  callbackFor,
  CLIENT_ID,
  keySetOf,
  REDIRECT_URI,
  reset,
  signInWithCode,
  startProviderForTests,
  statsOf,
  stringField,
  tokenRequest,
} from './test-support.ts';

let provider: TestProvider;
let issuer: string;
beforeAll(async () => {
  provider = await startProviderForTests();
  issuer = `${provider.url}/good`;
});
afterAll(() => provider.close());
beforeEach(() => reset(provider.url, 'good'));

describe('good: authorization code + PKCE', () => {
  it('redirects at once to the redirect URI with code, state and iss in the query', async () => {
    const request = authorizationRequest('code');
    const { url, params } = await callbackFor(issuer, request);
    expect(`${url.origin}${url.pathname}`).toBe(REDIRECT_URI);
    expect(url.hash).toBe('');
    expect(params.get('code')).toMatch(/^[\w-]{20,}$/);
    expect(params.get('state')).toBe(request.state);
    expect(params.get('iss')).toBe(issuer);
  });

  it('exchanges the code for Bearer tokens with CORS for the app and no caching', async () => {
    const { response, body } = await signInWithCode(issuer);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'openid bankservice profile' });
    expect(typeof body.refresh_token).toBe('string');
  });

  it('issues an ID token that verifies against the JWKS with every claim a relying party checks', async () => {
    const { request, body } = await signInWithCode(issuer);
    const idToken = stringField(body, 'id_token');
    const { payload, protectedHeader } = await jwtVerify(idToken, await keySetOf(issuer), {
      issuer,
      audience: CLIENT_ID,
      algorithms: ['RS256'],
      requiredClaims: ['sub', 'iat', 'exp', 'auth_time', 'nonce', 'at_hash'],
    });
    const jwks = await (await fetch(`${issuer}/jwks`)).json();
    expect(jwks).toEqual({ keys: [expect.objectContaining({ kid: protectedHeader.kid, kty: 'RSA', alg: 'RS256', use: 'sig' })] });
    expect(payload).toMatchObject({ sub: 'test-user', name: 'Test User', nonce: request.nonce, at_hash: accessTokenHash(stringField(body, 'access_token')) });
    expect(payload.exp).toBe(Number(payload.iat) + 300);
    expect(Math.abs(Number(payload.iat) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('issues a JWT access token (at+jwt) for the bankservice audience', async () => {
    const { body } = await signInWithCode(issuer);
    const accessToken = stringField(body, 'access_token');
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    const { payload } = await jwtVerify(accessToken, await keySetOf(issuer), { issuer, audience: 'bankservice', typ: 'at+jwt' });
    expect(payload).toMatchObject({ sub: 'test-user', client_id: CLIENT_ID, scope: 'openid bankservice profile' });
    expect(payload.exp).toBe(Number(payload.iat) + 300);
    expect(typeof payload.jti).toBe('string');
  });

  it('refuses a second exchange of the same code with invalid_grant and counts both', async () => {
    const { request, code } = await signInWithCode(issuer);
    const again = await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier });
    expect(again.response.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
    const stats = await statsOf(provider.url, 'good');
    expect(stats.codeExchanges[code]).toBe(2);
    expect(stats.token.authorization_code).toBe(2);
  });

  it('revokes the refresh token issued for a code when that code is replayed', async () => {
    const { request, code, body } = await signInWithCode(issuer);
    await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier });
    const refreshed = await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: stringField(body, 'refresh_token') });
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('refuses a wrong PKCE code_verifier with invalid_grant, and the code with it', async () => {
    const request = authorizationRequest('code');
    const code = (await callbackFor(issuer, request)).params.get('code') ?? '';
    const wrong = await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: 'x'.repeat(43) });
    expect(wrong.response.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    const right = await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier });
    expect(right.body.error).toBe('invalid_grant');
  });

  it('refuses an exchange without a code_verifier', async () => {
    const code = (await callbackFor(issuer, authorizationRequest('code'))).params.get('code') ?? '';
    const { body } = await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses an exchange with another redirect_uri', async () => {
    const request = authorizationRequest('code');
    const code = (await callbackFor(issuer, request)).params.get('code') ?? '';
    const { body } = await tokenRequest(issuer, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${APP_ORIGIN}/silent-callback.html`,
      code_verifier: request.verifier,
    });
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses an exchange by another client', async () => {
    const request = authorizationRequest('code');
    const code = (await callbackFor(issuer, request)).params.get('code') ?? '';
    const { body } = await tokenRequest(issuer, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: request.verifier,
      client_id: 'another-client',
    });
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses an unknown code and an unknown grant type', async () => {
    const unknown = await tokenRequest(issuer, { grant_type: 'authorization_code', code: 'nope', redirect_uri: REDIRECT_URI, code_verifier: 'x'.repeat(43) });
    expect(unknown.body.error).toBe('invalid_grant');
    const password = await tokenRequest(issuer, { grant_type: 'password', username: 'a', password: 'b' });
    expect(password.body.error).toBe('unsupported_grant_type');
  });

  it('refuses a token request that is not a form', async () => {
    const response = await fetch(`${issuer}/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('rotates refresh tokens: the new one works, the old one is refused with invalid_grant', async () => {
    const { body } = await signInWithCode(issuer);
    const first = stringField(body, 'refresh_token');
    const refreshed = await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: first });
    expect(refreshed.response.status).toBe(200);
    const second = stringField(refreshed.body, 'refresh_token');
    expect(second).not.toBe(first);
    expect(refreshed.body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'openid bankservice profile' });

    const { payload } = await jwtVerify(stringField(refreshed.body, 'id_token'), await keySetOf(issuer), { issuer, audience: CLIENT_ID });
    expect(payload.sub).toBe('test-user');
    expect(payload.nonce).toBeUndefined();
    expect(payload.at_hash).toBe(accessTokenHash(stringField(refreshed.body, 'access_token')));

    const replay = await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: first });
    expect(replay.response.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    expect((await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: second })).response.status).toBe(200);
    expect((await statsOf(provider.url, 'good')).token.refresh_token).toBe(3);
  });

  it('answers the token endpoint preflight for the app origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${issuer}/token`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    const app = await preflight(APP_ORIGIN);
    expect(app.status).toBe(204);
    expect(app.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(app.headers.get('access-control-allow-methods')).toContain('POST');
    expect(app.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    const other = await preflight('http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('counts requests per scenario and zeroes them on reset', async () => {
    await fetch(`${issuer}/.well-known/openid-configuration`);
    await fetch(`${issuer}/jwks`);
    const { code } = await signInWithCode(issuer);
    expect(await statsOf(provider.url, 'good')).toEqual({
      authorize: 1,
      token: { authorization_code: 1, refresh_token: 0 },
      codeExchanges: { [code]: 1 },
      jwks: 1,
      discovery: 1,
      userinfo: 0,
    });
    expect(await statsOf(provider.url, 'kid-absent')).toMatchObject({ authorize: 0, discovery: 0 });
    await reset(provider.url, 'good');
    expect(await statsOf(provider.url, 'good')).toEqual({
      authorize: 0,
      token: { authorization_code: 0, refresh_token: 0 },
      codeExchanges: {},
      jwks: 0,
      discovery: 0,
      userinfo: 0,
    });
  });
});
