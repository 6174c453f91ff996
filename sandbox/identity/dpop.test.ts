import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dpopKey, proof, type DpopKey } from '../dpop-client.ts';
import { APP_ORIGIN, authorizationUrl, REDIRECT_URI, signIn, SPA_CLIENT_ID, startTestIdentity, TestBrowser } from './test-browser.ts';
import type { TestIdentity } from './test-browser.ts';

/** DPoP (RFC 9449) and PAR (RFC 9126) at the sandbox identity server, with real proofs made by jose. */


type Body = Record<string, string | number | undefined>;

async function tokenRequest(issuer: string, form: Record<string, string>, dpop?: string) {
  const response = await fetch(`${issuer}/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN, ...(dpop ? { DPoP: dpop } : {}) },
    body: new URLSearchParams({ client_id: SPA_CLIENT_ID, ...form }),
  });
  return { response, body: (await response.json()) as Body };
}

/** Signs in with code + PKCE and returns the code and its verifier, ready to exchange. */
async function authorizationCode(issuer: string, url?: { url: string; verifier: string }) {
  const request = url ?? authorizationUrl(issuer);
  const callback = await signIn(new TestBrowser(issuer), request.url);
  return { code: callback.searchParams.get('code') ?? '', verifier: request.verifier };
}

async function exchangeWithDpop(issuer: string, key: DpopKey, nonce?: string) {
  const { code, verifier } = await authorizationCode(issuer);
  const dpop = await proof(key, 'POST', `${issuer}/connect/token`, { nonce });
  return tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }, dpop);
}

let identity: TestIdentity;
let jwks: ReturnType<typeof createLocalJWKSet>;
let key: DpopKey;

beforeAll(async () => {
  identity = await startTestIdentity();
  jwks = createLocalJWKSet((await (await fetch(`${identity.issuer}/.well-known/openid-configuration/jwks`)).json()) as JSONWebKeySet);
  key = await dpopKey();
});
afterAll(() => identity.close());

const verifyAccessToken = (token: string) => jwtVerify(token, jwks, { issuer: identity.issuer, audience: 'bankservice', typ: 'at+jwt' });

describe('discovery', () => {
  it('advertises DPoP algorithms and the PAR endpoint, without requiring PAR', async () => {
    const discovery = (await (await fetch(`${identity.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery.dpop_signing_alg_values_supported).toEqual(expect.arrayContaining(['ES256', 'PS256', 'RS256', 'EdDSA']));
    expect(discovery.dpop_signing_alg_values_supported).not.toContain('HS256');
    expect(discovery.pushed_authorization_request_endpoint).toBe(`${identity.issuer}/connect/par`);
    expect(discovery.require_pushed_authorization_requests).toBeUndefined();
  });
});

describe('DPoP at the token endpoint', () => {
  it('binds the access token of a code exchange with a proof to the proof key (token_type DPoP, cnf.jkt)', async () => {
    const { response, body } = await exchangeWithDpop(identity.issuer, key);
    expect(response.status).toBe(200);
    expect(body.token_type).toBe('DPoP');
    const { payload } = await verifyAccessToken(String(body.access_token));
    expect(payload.cnf).toEqual({ jkt: key.jkt });
    expect(body.refresh_token).toBeTruthy();
  });

  it('lets the app read the DPoP-Nonce header it is given', async () => {
    const { response } = await exchangeWithDpop(identity.issuer, key);
    expect(response.headers.get('dpop-nonce')).toBeTruthy();
    expect(response.headers.get('access-control-expose-headers')).toMatch(/DPoP-Nonce/i);
  });

  it('keeps the binding when the refresh token is used with a proof of the same key', async () => {
    const { body: first } = await exchangeWithDpop(identity.issuer, key);
    const dpop = await proof(key, 'POST', `${identity.issuer}/connect/token`);
    const { response, body } = await tokenRequest(identity.issuer, { grant_type: 'refresh_token', refresh_token: String(first.refresh_token) }, dpop);
    expect(response.status).toBe(200);
    expect(body.token_type).toBe('DPoP');
    expect((await verifyAccessToken(String(body.access_token))).payload.cnf).toEqual({ jkt: key.jkt });
  });

  it('refuses the public client’s DPoP-bound refresh token without a proof', async () => {
    const { body: first } = await exchangeWithDpop(identity.issuer, key);
    const { response, body } = await tokenRequest(identity.issuer, { grant_type: 'refresh_token', refresh_token: String(first.refresh_token) });
    expect(response.status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('refuses the DPoP-bound refresh token with a proof of another key', async () => {
    const { body: first } = await exchangeWithDpop(identity.issuer, key);
    const dpop = await proof(await dpopKey(), 'POST', `${identity.issuer}/connect/token`);
    const { body } = await tokenRequest(identity.issuer, { grant_type: 'refresh_token', refresh_token: String(first.refresh_token) }, dpop);
    expect(body.error).toBe('invalid_grant');
  });

  it('binds the code to dpop_jkt sent with the authorization request (oidc-client-ts bind_authorization_code)', async () => {
    const request = authorizationUrl(identity.issuer, { extra: { dpop_jkt: key.jkt } });
    const { code, verifier } = await authorizationCode(identity.issuer, request);
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    const refused = await tokenRequest(identity.issuer, form, await proof(await dpopKey(), 'POST', `${identity.issuer}/connect/token`));
    expect(refused.body.error).toBe('invalid_grant');

    const { code: second, verifier: secondVerifier } = await authorizationCode(identity.issuer, authorizationUrl(identity.issuer, { extra: { dpop_jkt: key.jkt } }));
    const accepted = await tokenRequest(
      identity.issuer,
      { ...form, code: second, code_verifier: secondVerifier },
      await proof(key, 'POST', `${identity.issuer}/connect/token`),
    );
    expect(accepted.body.token_type).toBe('DPoP');
  });

  it('refuses a proof made for another endpoint with invalid_dpop_proof', async () => {
    const { code, verifier } = await authorizationCode(identity.issuer);
    const dpop = await proof(key, 'POST', `${identity.issuer}/connect/userinfo`);
    const { response, body } = await tokenRequest(identity.issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }, dpop);
    expect(response.status).toBe(400);
    expect(body.error).toBe('invalid_dpop_proof');
  });

  it('still issues Bearer tokens without cnf to a client that sends no proof', async () => {
    const { code, verifier } = await authorizationCode(identity.issuer);
    const { body } = await tokenRequest(identity.issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier });
    expect(body.token_type).toBe('Bearer');
    expect((await verifyAccessToken(String(body.access_token))).payload.cnf).toBeUndefined();
  });

  it('binds a client_credentials token of the service client', async () => {
    const dpop = await proof(key, 'POST', `${identity.issuer}/connect/token`);
    const response = await fetch(`${identity.issuer}/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', DPoP: dpop },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'bankservice', client_id: 'open-banking-service', client_secret: 'sandbox-secret' }),
    });
    const body = (await response.json()) as Body;
    expect(body.token_type).toBe('DPoP');
    expect((await verifyAccessToken(String(body.access_token))).payload.cnf).toEqual({ jkt: key.jkt });
  });
});

describe('DPoP at userinfo', () => {
  it('answers a DPoP-bound token sent with the DPoP scheme and a proof', async () => {
    const { body } = await exchangeWithDpop(identity.issuer, key);
    const accessToken = String(body.access_token);
    const userinfo = `${identity.issuer}/connect/userinfo`;
    const response = await fetch(userinfo, { headers: { Authorization: `DPoP ${accessToken}`, DPoP: await proof(key, 'GET', userinfo, { accessToken }), Origin: APP_ORIGIN } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sub: 'demo' });
  });

  it('refuses the DPoP-bound token sent as Bearer', async () => {
    const { body } = await exchangeWithDpop(identity.issuer, key);
    const response = await fetch(`${identity.issuer}/connect/userinfo`, { headers: { Authorization: `Bearer ${String(body.access_token)}` } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token"/);
  });

  it('refuses the DPoP-bound token without a proof', async () => {
    const { body } = await exchangeWithDpop(identity.issuer, key);
    const response = await fetch(`${identity.issuer}/connect/userinfo`, { headers: { Authorization: `DPoP ${String(body.access_token)}` } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_dpop_proof"/);
  });
});

describe('DPoP at introspection', () => {
  it('reports a bound access token as token_type DPoP with its cnf.jkt (RFC 9449 §6.2)', async () => {
    const { body } = await exchangeWithDpop(identity.issuer, key);
    const response = await fetch(`${identity.issuer}/connect/introspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: SPA_CLIENT_ID, token: String(body.access_token) }),
    });
    expect(await response.json()).toMatchObject({ active: true, token_type: 'DPoP', cnf: { jkt: key.jkt } });
  });
});

describe('pushed authorization requests', () => {
  async function push(params: URLSearchParams, dpop?: string) {
    const response = await fetch(`${identity.issuer}/connect/par`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN, ...(dpop ? { DPoP: dpop } : {}) },
      body: params,
    });
    return { response, body: (await response.json()) as Body };
  }

  it('takes the parameters, returns a request_uri, and signs in with only client_id and request_uri', async () => {
    const request = authorizationUrl(identity.issuer);
    const { response, body } = await push(new URL(request.url).searchParams);
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(String(body.request_uri)).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    expect(body.expires_in).toEqual(expect.any(Number));

    const authorize = `${identity.issuer}/connect/authorize?${new URLSearchParams({ client_id: SPA_CLIENT_ID, request_uri: String(body.request_uri) })}`;
    const callback = await signIn(new TestBrowser(identity.issuer), authorize);
    expect(callback.searchParams.get('state')).toBe(request.state);
    const code = callback.searchParams.get('code') ?? '';
    const tokens = await tokenRequest(identity.issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier });
    expect(tokens.response.status).toBe(200);
    expect(tokens.body.access_token).toBeTruthy();
  });

  it('refuses a request_uri used a second time', async () => {
    const request = authorizationUrl(identity.issuer);
    const { body } = await push(new URL(request.url).searchParams);
    const authorize = `${identity.issuer}/connect/authorize?${new URLSearchParams({ client_id: SPA_CLIENT_ID, request_uri: String(body.request_uri) })}`;
    await signIn(new TestBrowser(identity.issuer), authorize);
    // The used request_uri no longer names a redirect_uri, so the error is shown at the server, not sent to the app.
    const { response, leftTo } = await new TestBrowser(identity.issuer).follow(authorize);
    expect(leftTo).toBeUndefined();
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/role="alert"[\s\S]*invalid_request_uri/);
  });

  it('binds the code to the key of a proof sent with the push (dpop_jkt), so another key cannot redeem it', async () => {
    const request = authorizationUrl(identity.issuer);
    const { body } = await push(new URL(request.url).searchParams, await proof(key, 'POST', `${identity.issuer}/connect/par`));
    const authorize = `${identity.issuer}/connect/authorize?${new URLSearchParams({ client_id: SPA_CLIENT_ID, request_uri: String(body.request_uri) })}`;
    const { code, verifier } = await authorizationCode(identity.issuer, { url: authorize, verifier: request.verifier });
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    const refused = await tokenRequest(identity.issuer, form, await proof(await dpopKey(), 'POST', `${identity.issuer}/connect/token`));
    expect(refused.body.error).toBe('invalid_grant');
  });
});

describe('with DPoP nonces required', () => {
  let strict: TestIdentity;
  beforeAll(async () => {
    strict = await startTestIdentity({ dpopNonce: 'require' });
  });
  afterAll(() => strict.close());

  it('answers a proof without a nonce with use_dpop_nonce and a DPoP-Nonce, and accepts the retry that uses it', async () => {
    const { code, verifier } = await authorizationCode(strict.issuer);
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    const challenge = await tokenRequest(strict.issuer, form, await proof(key, 'POST', `${strict.issuer}/connect/token`));
    expect(challenge.response.status).toBe(400);
    expect(challenge.body.error).toBe('use_dpop_nonce');
    const nonce = challenge.response.headers.get('dpop-nonce');
    expect(nonce).toBeTruthy();
    expect(challenge.response.headers.get('access-control-expose-headers')).toMatch(/DPoP-Nonce/i);

    const retry = await tokenRequest(strict.issuer, form, await proof(key, 'POST', `${strict.issuer}/connect/token`, { nonce: nonce ?? '' }));
    expect(retry.response.status).toBe(200);
    expect(retry.body.token_type).toBe('DPoP');
  });

  it('answers a made-up nonce with use_dpop_nonce', async () => {
    const { code, verifier } = await authorizationCode(strict.issuer);
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    const { body } = await tokenRequest(strict.issuer, form, await proof(key, 'POST', `${strict.issuer}/connect/token`, { nonce: 'made-up' }));
    expect(body.error).toBe('use_dpop_nonce');
  });

  it('still serves Bearer clients, which send no proof', async () => {
    const { code, verifier } = await authorizationCode(strict.issuer);
    const { body } = await tokenRequest(strict.issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier });
    expect(body.token_type).toBe('Bearer');
  });
});
