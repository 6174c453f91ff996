import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestProvider } from './server.ts';
import {
  APP_ORIGIN,
  authorizationRequest,
  callbackFor,
  keySetOf,
  REDIRECT_URI,
  signInImplicitly,
  signInWithCode,
  startProviderForTests,
  statsOf,
  stringField,
  tokenRequest,
} from './test-support.ts';

let provider: TestProvider;
beforeAll(async () => {
  provider = await startProviderForTests();
});
afterAll(() => provider.close());

/** Authorizes normally against `scenario`, then exchanges the code; the defect is in the answer. */
async function exchange(scenario: string): Promise<{ response: Response; code: string }> {
  const issuer = `${provider.url}/${scenario}`;
  const request = authorizationRequest('code');
  const code = (await callbackFor(issuer, request)).params.get('code') ?? '';
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'open-banking-explorer', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier }),
  });
  return { response, code };
}

describe('token endpoint defects', () => {
  it('token-error: 400 invalid_grant "code expired" for a fresh code, and counts the exchange', async () => {
    const { response, code } = await exchange('token-error');
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(await response.json()).toEqual({ error: 'invalid_grant', error_description: 'code expired' });
    expect((await statsOf(provider.url, 'token-error')).codeExchanges[code]).toBe(1);
  });

  it('token-html: 200 with an HTML page instead of JSON', async () => {
    const { response } = await exchange('token-html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(await response.text()).toMatch(/^<!doctype html>/);
  });

  it('token-500: 500 server_error', async () => {
    const { response } = await exchange('token-500');
    expect(response.status).toBe(500);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(await response.json()).toEqual({ error: 'server_error' });
  });
});

describe('short-lived: correct, with 10-second access tokens', () => {
  const issuer = () => `${provider.url}/short-lived`;

  it('gives expires_in 10 and an access token that lives 10 seconds in the code flow', async () => {
    const { body } = await signInWithCode(issuer());
    expect(body.expires_in).toBe(10);
    const { payload } = await jwtVerify(stringField(body, 'access_token'), await keySetOf(issuer()), { issuer: issuer(), audience: 'bankservice' });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(10);
  });

  it('gives expires_in 10 in the implicit flow', async () => {
    const { params } = await signInImplicitly(issuer());
    expect(params.get('expires_in')).toBe('10');
  });

  it('refreshes with a rotated refresh token and another 10 seconds', async () => {
    const { body } = await signInWithCode(issuer());
    const refreshed = await tokenRequest(issuer(), { grant_type: 'refresh_token', refresh_token: stringField(body, 'refresh_token') });
    expect(refreshed.response.status).toBe(200);
    expect(refreshed.body.expires_in).toBe(10);
    expect(refreshed.body.refresh_token).not.toBe(body.refresh_token);
    expect(refreshed.body.access_token).not.toBe(body.access_token);
  });
});

describe('lifetime and renewal defects', () => {
  it('no-expires-in: neither the token response nor the implicit fragment carries expires_in', async () => {
    const issuer = `${provider.url}/no-expires-in`;
    const { response, body } = await signInWithCode(issuer);
    expect(response.status).toBe(200);
    expect(body.access_token).toEqual(expect.any(String));
    expect(body).not.toHaveProperty('expires_in');
    const { params } = await signInImplicitly(issuer);
    expect(params.get('access_token')).toBeTruthy();
    expect(params.has('expires_in')).toBe(false);
  });

  it('renewal-other-sub: the sign-in is the test user’s, every renewal another user’s', async () => {
    const issuer = `${provider.url}/renewal-other-sub`;
    const keys = await keySetOf(issuer);
    const { body } = await signInWithCode(issuer);
    expect(body.expires_in).toBe(10);
    expect((await jwtVerify(stringField(body, 'id_token'), keys)).payload.sub).toBe('test-user');
    const refreshed = await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: stringField(body, 'refresh_token') });
    expect((await jwtVerify(stringField(refreshed.body, 'id_token'), keys)).payload.sub).toBe('another-user');
    expect((await jwtVerify(stringField(refreshed.body, 'access_token'), keys)).payload.sub).toBe('another-user');

    const silent = authorizationRequest('id_token token', { prompt: 'none' });
    const { params } = await callbackFor(issuer, silent);
    expect((await jwtVerify(params.get('id_token') ?? '', keys)).payload.sub).toBe('another-user');
  });
});
