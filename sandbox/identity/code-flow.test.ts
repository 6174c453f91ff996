import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, authorizationUrl, formAction, REDIRECT_URI, signIn, SPA_CLIENT_ID, startTestIdentity, TEST_TTL, TestBrowser } from './test-browser.ts';
import type { TestIdentity } from './test-browser.ts';

let identity: TestIdentity;
let jwks: ReturnType<typeof createLocalJWKSet>;
beforeAll(async () => {
  identity = await startTestIdentity();
  jwks = createLocalJWKSet((await (await fetch(`${identity.issuer}/.well-known/openid-configuration/jwks`)).json()) as JSONWebKeySet);
});
afterAll(() => identity.close());

/** A token request as the SPA sends it from the browser: public client, app Origin. */
async function spaTokenRequest(form: Record<string, string>) {
  const response = await fetch(`${identity.issuer}/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
    body: new URLSearchParams({ client_id: SPA_CLIENT_ID, ...form }),
  });
  return { response, body: (await response.json()) as Record<string, string | number | undefined> };
}

function userinfo(accessToken: string) {
  return fetch(`${identity.issuer}/connect/userinfo`, { headers: { Authorization: `Bearer ${accessToken}`, Origin: APP_ORIGIN } });
}

/** The whole code + PKCE sign-in and code exchange, as the SPA does it. */
async function signInWithCode(scope?: string) {
  const browser = new TestBrowser(identity.issuer);
  const request = authorizationUrl(identity.issuer, { scope });
  const callback = await signIn(browser, request.url);
  const code = callback.searchParams.get('code') ?? '';
  const tokens = await spaTokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier });
  return { browser, request, callback, ...tokens };
}

describe('authorization code + PKCE', () => {
  it('returns code, state and iss to the redirect URI', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer);
    const callback = await signIn(browser, request.url);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('iss')).toBe(identity.issuer);
  });

  it('exchanges the code (CORS, no resource parameter) for a JWT access token, an ID token and a refresh token', async () => {
    const { response, body, request } = await signInWithCode();
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: TEST_TTL });
    expect(String(body.scope).split(' ').sort()).toEqual(['bankservice', 'email', 'offline_access', 'openid', 'profile']);

    const accessToken = String(body.access_token);
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    const { payload: claims } = await jwtVerify(accessToken, jwks, { issuer: identity.issuer, audience: 'bankservice', typ: 'at+jwt' });
    expect(claims).toMatchObject({ sub: 'demo', client_id: SPA_CLIENT_ID, tid: 'default', jti: expect.any(String), amr: ['pwd'] });
    expect(claims.scope).toEqual(expect.arrayContaining(['openid', 'bankservice']));
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.auth_time).toBeLessThanOrEqual(Number(claims.iat));
    expect(Number(claims.iat) - Number(claims.auth_time)).toBeLessThan(60);

    const { payload: idToken } = await jwtVerify(String(body.id_token), jwks, { issuer: identity.issuer, audience: SPA_CLIENT_ID });
    expect(idToken).toMatchObject({ sub: 'demo', nonce: request.nonce });
    expect(body.refresh_token).toBeTruthy();
  });

  it('lets the access token read userinfo', async () => {
    const { body } = await signInWithCode();
    const response = await userinfo(String(body.access_token));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(await response.json()).toEqual({
      sub: 'demo',
      name: 'Demo User',
      given_name: 'Demo',
      family_name: 'User',
      locale: 'en',
      email: 'demo@example.com',
      email_verified: true,
    });
  });

  it('releases at userinfo only the claims of the granted scopes', async () => {
    const { body } = await signInWithCode('openid bankservice');
    expect(await (await userinfo(String(body.access_token))).json()).toEqual({ sub: 'demo' });
  });

  it('gives no refresh token without offline_access', async () => {
    const { body } = await signInWithCode('openid profile bankservice');
    expect(body.access_token).toBeTruthy();
    expect(body.refresh_token).toBeUndefined();
  });

  it('rotates the refresh token and refuses the old one afterwards', async () => {
    const { body: first } = await signInWithCode();
    const refreshed = await spaTokenRequest({ grant_type: 'refresh_token', refresh_token: String(first.refresh_token), scope: String(first.scope) });
    expect(refreshed.response.status).toBe(200);
    expect(refreshed.body.refresh_token).toBeTruthy();
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
    await jwtVerify(String(refreshed.body.access_token), jwks, { issuer: identity.issuer, audience: 'bankservice', typ: 'at+jwt' });
    expect((await userinfo(String(refreshed.body.access_token))).status).toBe(200);

    const reused = await spaTokenRequest({ grant_type: 'refresh_token', refresh_token: String(first.refresh_token) });
    expect(reused.response.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
  });

  it('signs in silently with prompt=none once the user has a session', async () => {
    const { browser } = await signInWithCode();
    const silent = authorizationUrl(identity.issuer, { redirectUri: `${APP_ORIGIN}/silent-callback.html`, extra: { prompt: 'none' } });
    const { leftTo } = await browser.follow(silent.url);
    expect(leftTo?.pathname).toBe('/silent-callback.html');
    expect(leftTo?.searchParams.get('code')).toBeTruthy();
    expect(leftTo?.searchParams.get('state')).toBe(silent.state);
  });

  it('answers prompt=none without a session with login_required', async () => {
    const browser = new TestBrowser(identity.issuer);
    const { leftTo } = await browser.follow(authorizationUrl(identity.issuer, { extra: { prompt: 'none' } }).url);
    expect(leftTo?.searchParams.get('error')).toBe('login_required');
  });

  it('refuses a code exchange with the wrong code_verifier', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer);
    const code = (await signIn(browser, request.url)).searchParams.get('code') ?? '';
    const { body } = await spaTokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: 'x'.repeat(43) });
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses the plain PKCE method', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer, { extra: { code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' } });
    const { leftTo } = await browser.follow(request.url);
    expect(leftTo?.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses an authorization request without PKCE', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer);
    const url = new URL(request.url);
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const { leftTo } = await browser.follow(url.href);
    expect(leftTo?.searchParams.get('error')).toBe('invalid_request');
  });

  it('sends error=access_denied to the app when the user denies consent', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer);
    const callback = await signIn(browser, request.url, 'deny');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toBe('The user denied access.');
    expect(callback.searchParams.get('state')).toBe(request.state);
  });
});

describe('userinfo', () => {
  it('asks for a token when none is sent', async () => {
    const response = await fetch(`${identity.issuer}/connect/userinfo`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses a tampered token', async () => {
    const { body } = await signInWithCode();
    const [header, payload, signature = ''] = String(body.access_token).split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    const response = await userinfo(tampered);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('refuses a client token, which has no user', async () => {
    const response = await fetch(`${identity.issuer}/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'bankservice', client_id: 'open-banking-service', client_secret: 'sandbox-secret' }),
    });
    const { access_token: accessToken } = (await response.json()) as { access_token: string };
    expect((await userinfo(accessToken)).status).toBe(403);
  });
});

describe('introspection', () => {
  it('tells the SPA its own access token is active', async () => {
    const { body } = await signInWithCode();
    const response = await fetch(`${identity.issuer}/connect/introspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
      body: new URLSearchParams({ client_id: SPA_CLIENT_ID, token: String(body.access_token) }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ active: true, sub: 'demo', client_id: SPA_CLIENT_ID, aud: 'bankservice', token_type: 'Bearer' });
  });

  it('tells the service client the SPA refresh token is active', async () => {
    const { body } = await signInWithCode();
    const response = await fetch(`${identity.issuer}/connect/introspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'open-banking-service', client_secret: 'sandbox-secret', token: String(body.refresh_token) }),
    });
    expect(await response.json()).toMatchObject({ active: true, sub: 'demo', client_id: SPA_CLIENT_ID });
  });

  it('calls a foreign token inactive', async () => {
    const response = await fetch(`${identity.issuer}/connect/introspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'open-banking-service', client_secret: 'sandbox-secret', token: 'not-a-token' }),
    });
    expect(await response.json()).toEqual({ active: false });
  });
});

describe('implicit token, as Aritma ID documents it (resource scope only, no openid)', () => {
  it('is offered in discovery', async () => {
    const discovery = (await (await fetch(`${identity.issuer}/.well-known/openid-configuration`)).json()) as { response_types_supported: string[] };
    expect(discovery.response_types_supported).toEqual(expect.arrayContaining(['code', 'id_token token', 'token']));
  });

  it('returns only an access token in the fragment: an IdentityServer-style JWT for bankservice', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer, { responseType: 'token', scope: 'bankservice' });
    expect(new URL(request.url).searchParams.has('nonce')).toBe(false);
    const callback = await signIn(browser, request.url);
    expect(callback.search).toBe('');
    const fragment = new URLSearchParams(callback.hash.slice(1));
    expect([...fragment.keys()].sort()).toEqual(['access_token', 'expires_in', 'iss', 'scope', 'state', 'token_type']);
    expect(fragment.get('state')).toBe(request.state);
    expect(fragment.get('scope')).toBe('bankservice');
    expect(fragment.get('token_type')).toBe('Bearer');
    expect(fragment.get('expires_in')).toBe(String(TEST_TTL));
    const { payload: claims } = await jwtVerify(fragment.get('access_token') ?? '', jwks, { issuer: identity.issuer, audience: 'bankservice', typ: 'at+jwt' });
    expect(claims).toMatchObject({ sub: 'demo', client_id: SPA_CLIENT_ID, scope: ['bankservice'], tid: 'default', jti: expect.any(String), amr: ['pwd'] });
    expect(claims.nbf).toBe(claims.iat);
    expect(Number(claims.iat) - Number(claims.auth_time)).toBeLessThan(60);
  });

  it('refuses nonce without openid, as OAuth has no nonce', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer, { responseType: 'token', scope: 'bankservice', extra: { nonce: 'n-1' } });
    const { leftTo } = await browser.follow(request.url);
    expect(new URLSearchParams(leftTo?.hash.slice(1)).get('error')).toBe('invalid_request');
  });
});

describe('implicit id_token token', () => {
  it('returns the tokens in the fragment, the access token a JWT for bankservice', async () => {
    const browser = new TestBrowser(identity.issuer);
    const request = authorizationUrl(identity.issuer, { responseType: 'id_token token', scope: 'openid profile bankservice' });
    const callback = await signIn(browser, request.url);
    expect(callback.search).toBe('');
    const fragment = new URLSearchParams(callback.hash.slice(1));
    expect(fragment.get('state')).toBe(request.state);
    expect(fragment.get('token_type')).toBe('Bearer');
    expect(fragment.get('expires_in')).toBe(String(TEST_TTL));
    const { payload: claims } = await jwtVerify(fragment.get('access_token') ?? '', jwks, { issuer: identity.issuer, audience: 'bankservice', typ: 'at+jwt' });
    expect(claims).toMatchObject({ sub: 'demo', client_id: SPA_CLIENT_ID });
    const { payload: idToken } = await jwtVerify(fragment.get('id_token') ?? '', jwks, { issuer: identity.issuer, audience: SPA_CLIENT_ID });
    expect(idToken).toMatchObject({ sub: 'demo', nonce: request.nonce, at_hash: expect.any(String) });
    expect((await userinfo(fragment.get('access_token') ?? '')).status).toBe(200);
  });
});

describe('login page', () => {
  it('keeps the username and says so when the password is wrong', async () => {
    const browser = new TestBrowser(identity.issuer);
    const login = await browser.follow(authorizationUrl(identity.issuer).url);
    const loginHtml = await login.response.text();
    expect(loginHtml).toContain('<label for="username">Username</label>');
    expect(loginHtml).toContain('<label for="password">Password</label>');
    expect(loginHtml).toContain('Sign in</button>');
    expect(login.response.headers.get('content-security-policy')).toContain("default-src 'none'");

    const retry = await browser.request(formAction(loginHtml), { form: { username: 'demo', password: 'wrong' } });
    expect(retry.status).toBe(200);
    const retryHtml = await retry.text();
    expect(retryHtml).toMatch(/role="alert">Wrong username or password\./);
    expect(retryHtml).toContain('value="demo"');

    const consent = await browser.follow(formAction(retryHtml), { form: { username: 'demo', password: 'demo' } });
    const consentHtml = await consent.response.text();
    expect(consentHtml).toContain('>Allow</button>');
    expect(consentHtml).toContain('>Deny</button>');
  });
});

describe('sign out', () => {
  it('confirms with a Sign out button, then returns to the app', async () => {
    const { browser, body } = await signInWithCode();
    const params = new URLSearchParams({ id_token_hint: String(body.id_token), post_logout_redirect_uri: `${APP_ORIGIN}/`, state: 'bye' });
    const confirm = await browser.follow(`/connect/endsession?${params}`);
    const html = await confirm.response.text();
    expect(html).toMatch(/<button[^>]*name="logout"[^>]*>Sign out<\/button>/);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const done = await browser.follow(formAction(html), { form: { xsrf, logout: 'yes' } });
    expect(done.leftTo?.href).toBe(`${APP_ORIGIN}/?state=bye`);
  });
});

describe('revocation', () => {
  it('revokes the SPA refresh token', async () => {
    const { body } = await signInWithCode();
    expect(body.refresh_token).toBeTruthy();
    const revoked = await fetch(`${identity.issuer}/connect/revocation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
      body: new URLSearchParams({ client_id: SPA_CLIENT_ID, token: String(body.refresh_token), token_type_hint: 'refresh_token' }),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const { body: refreshed } = await spaTokenRequest({ grant_type: 'refresh_token', refresh_token: String(body.refresh_token) });
    expect(refreshed.error).toBe('invalid_grant');
  });
});

describe('error pages', () => {
  it('shows an authorization error it cannot send back as a page with role="alert"', async () => {
    const response = await fetch(`${identity.issuer}/connect/authorize?client_id=unknown&response_type=code&scope=openid`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toMatch(/role="alert"/);
  });

  it('explains an interaction page opened without its sign-in', async () => {
    const response = await fetch(`${identity.issuer}/interaction/some-uid`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/role="alert">This sign-in has expired or is already finished/);
  });
});

describe('signed-out page', () => {
  it('is shown when sign-out has no redirect URI', async () => {
    const { browser } = await signInWithCode();
    const confirm = await browser.follow('/connect/endsession');
    const html = await confirm.response.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const done = await browser.follow(formAction(html), { form: { xsrf, logout: 'yes' } });
    expect(done.leftTo).toBeUndefined();
    expect(await done.response.text()).toContain('<h1>You are signed out</h1>');
  });
});
