import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider } from './server.ts';
import type { TestProvider } from './server.ts';
import { APP_ORIGIN, authorizationRequest, authorize, callbackFor, REDIRECT_URI, startProviderForTests } from './test-support.ts';

let provider: TestProvider;
let issuer: string;
beforeAll(async () => {
  provider = await startProviderForTests();
  issuer = `${provider.url}/good`;
});
afterAll(() => provider.close());

describe('authorize: requests it must not redirect', () => {
  it('answers 400 HTML without a redirect when client_id is missing', async () => {
    const response = await authorize(issuer, authorizationRequest('code', { client_id: '' }).params);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it.each([
    ['another origin', 'http://evil.example/callback'],
    ['another path', `${APP_ORIGIN}/elsewhere`],
    ['a longer path', `${APP_ORIGIN}/callback/more`],
    ['a query', `${APP_ORIGIN}/callback?next=http://evil.example`],
    ['https instead of http', 'https://localhost:5173/callback'],
  ])('answers 400 HTML without a redirect for a redirect_uri with %s', async (_case, redirectUri) => {
    const response = await authorize(issuer, authorizationRequest('code', { redirect_uri: redirectUri }).params);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('is not registered');
  });
});

describe('authorize: accepted requests', () => {
  it.each(['/callback', '/silent-callback.html', '/explorer/callback'])('redirects to %s on the app origin', async (path) => {
    const { url } = await callbackFor(issuer, authorizationRequest('code', { redirect_uri: `${APP_ORIGIN}${path}` }));
    expect(url.pathname).toBe(path);
  });

  it('approves prompt=none at once, like any other request', async () => {
    const { params } = await callbackFor(issuer, authorizationRequest('code', { prompt: 'none' }));
    expect(params.get('code')).toBeTruthy();
  });

  it('reads response_type as a set: token id_token is id_token token', async () => {
    const { params } = await callbackFor(issuer, authorizationRequest('id_token token', { response_type: 'token id_token' }));
    expect(params.get('id_token')).toBeTruthy();
  });

  it('grants only the scopes it knows', async () => {
    const { params } = await callbackFor(issuer, authorizationRequest('token', { scope: 'openid unknown bankservice' }));
    expect(params.get('scope')).toBe('openid bankservice');
  });

  it('accepts both of the app’s default origins when none are given', async () => {
    const defaults = await startTestProvider({ port: 0 });
    try {
      for (const origin of ['http://localhost:5173', 'http://localhost:4173']) {
        const response = await authorize(`${defaults.url}/good`, authorizationRequest('code', { redirect_uri: `${origin}/callback` }).params);
        expect(response.status).toBe(302);
      }
    } finally {
      await defaults.close();
    }
  });
});

describe('authorize: errors sent back to the app', () => {
  /** The error an authorization request is redirected back with, from the query or the fragment. */
  async function errorFor(responseType: 'code' | 'id_token token' | 'token', overrides: Record<string, string>) {
    const request = authorizationRequest(responseType, overrides);
    const { url, params } = await callbackFor(issuer, request);
    expect(`${url.origin}${url.pathname}`).toBe(REDIRECT_URI);
    expect(params.get('state')).toBe(request.state);
    expect(params.get('iss')).toBe(issuer);
    return { error: params.get('error'), inFragment: url.hash !== '' };
  }

  it('refuses the code flow without PKCE', async () => {
    expect(await errorFor('code', { code_challenge: '', code_challenge_method: '' })).toEqual({ error: 'invalid_request', inFragment: false });
  });

  it('refuses the plain PKCE method', async () => {
    expect(await errorFor('code', { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' })).toEqual({ error: 'invalid_request', inFragment: false });
  });

  it('refuses id_token token without a nonce, in the fragment', async () => {
    expect(await errorFor('id_token token', { nonce: '' })).toEqual({ error: 'invalid_request', inFragment: true });
  });

  it('refuses id_token token without the openid scope', async () => {
    expect(await errorFor('id_token token', { scope: 'bankservice' })).toEqual({ error: 'invalid_scope', inFragment: true });
  });

  it('refuses a response_type it does not support', async () => {
    expect(await errorFor('code', { response_type: 'id_token' })).toEqual({ error: 'unsupported_response_type', inFragment: false });
  });

  it('refuses a request with no scope it knows', async () => {
    expect(await errorFor('code', { scope: 'unknown' })).toEqual({ error: 'invalid_scope', inFragment: false });
  });
});

describe('routing', () => {
  it('answers 404 for an unknown scenario, an unknown path and unknown stats', async () => {
    expect((await fetch(`${provider.url}/no-such-scenario/.well-known/openid-configuration`)).status).toBe(404);
    expect((await fetch(`${issuer}/connect/authorize`)).status).toBe(404);
    expect((await fetch(`${provider.url}/__stats/no-such-scenario`)).status).toBe(404);
    expect((await fetch(`${provider.url}/`)).status).toBe(404);
  });

  it('answers 405 for a method an endpoint does not take', async () => {
    const response = await fetch(`${issuer}/authorize`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect((await fetch(`${provider.url}/__reset/good`)).status).toBe(405);
  });
});
