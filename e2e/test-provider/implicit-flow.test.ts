import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenHash } from './id-token.ts';
import type { TestProvider } from './server.ts';
import { APP_ORIGIN, authorizationRequest, callbackFor, CLIENT_ID, keySetOf, REDIRECT_URI, signInImplicitly, startProviderForTests } from './test-support.ts';

let provider: TestProvider;
let issuer: string;
beforeAll(async () => {
  provider = await startProviderForTests();
  issuer = `${provider.url}/good`;
});
afterAll(() => provider.close());

describe('good: implicit id_token token', () => {
  it('redirects with tokens, state and iss in the fragment and nothing in the query', async () => {
    const request = authorizationRequest('id_token token');
    const { url, params } = await callbackFor(issuer, request);
    expect(`${url.origin}${url.pathname}`).toBe(REDIRECT_URI);
    expect(url.search).toBe('');
    expect([...params.keys()].sort()).toEqual(['access_token', 'expires_in', 'id_token', 'iss', 'scope', 'state', 'token_type']);
    expect(params.get('token_type')).toBe('Bearer');
    expect(params.get('expires_in')).toBe('300');
    expect(params.get('scope')).toBe('openid bankservice profile');
    expect(params.get('state')).toBe(request.state);
    expect(params.get('iss')).toBe(issuer);
  });

  it('issues an ID token that verifies against the JWKS, bound to the nonce and to the access token by at_hash', async () => {
    const { request, params } = await signInImplicitly(issuer);
    const { payload } = await jwtVerify(params.get('id_token') ?? '', await keySetOf(issuer), {
      issuer,
      audience: CLIENT_ID,
      algorithms: ['RS256'],
      requiredClaims: ['sub', 'iat', 'exp', 'auth_time', 'nonce', 'at_hash'],
    });
    expect(payload).toMatchObject({ sub: 'test-user', name: 'Test User', nonce: request.nonce });
    expect(payload.at_hash).toBe(accessTokenHash(params.get('access_token') ?? ''));
  });

  it('issues an access token the userinfo endpoint accepts', async () => {
    const { params } = await signInImplicitly(issuer);
    const response = await fetch(`${issuer}/userinfo`, { headers: { Authorization: `Bearer ${params.get('access_token')}`, Origin: APP_ORIGIN } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: 'test-user', name: 'Test User', email: 'test.user@example.com' });
  });
});

describe('good: implicit token (no ID token)', () => {
  it('redirects with an access token and no ID token; no nonce needed', async () => {
    const request = authorizationRequest('token', { nonce: '' });
    const { params } = await callbackFor(issuer, request);
    expect(params.get('access_token')).toBeTruthy();
    expect(params.get('id_token')).toBeNull();
    expect(params.get('state')).toBe(request.state);
    expect(params.get('iss')).toBe(issuer);
  });
});
