import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, startTestIdentity } from './test-browser.ts';
import type { TestIdentity } from './test-browser.ts';

let identity: TestIdentity;
beforeAll(async () => {
  identity = await startTestIdentity();
});
afterAll(() => identity.close());

describe('discovery', () => {
  it('advertises the IdentityServer-style endpoints under the issuer', async () => {
    const response = await fetch(`${identity.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    const { issuer } = identity;
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/connect/authorize`,
      token_endpoint: `${issuer}/connect/token`,
      userinfo_endpoint: `${issuer}/connect/userinfo`,
      end_session_endpoint: `${issuer}/connect/endsession`,
      revocation_endpoint: `${issuer}/connect/revocation`,
      introspection_endpoint: `${issuer}/connect/introspect`,
      jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
    });
  });

  it('advertises S256 only, the iss response parameter, and code plus id_token token', async () => {
    const discovery = (await (await fetch(`${identity.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.authorization_response_iss_parameter_supported).toBe(true);
    expect(discovery.response_types_supported).toEqual(expect.arrayContaining(['code', 'id_token token']));
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'email', 'offline_access', 'bankservice']));
    expect(discovery.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token', 'implicit', 'client_credentials', 'password']));
  });

  it('serves the public signing key at the IdentityServer JWKS path', async () => {
    const response = await fetch(`${identity.issuer}/.well-known/openid-configuration/jwks`);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('CORS', () => {
  it('lets the app origin read discovery', async () => {
    const response = await fetch(`${identity.issuer}/.well-known/openid-configuration`, { headers: { Origin: APP_ORIGIN } });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
  });

  it('gives other origins no CORS headers on discovery or JWKS', async () => {
    for (const path of ['/.well-known/openid-configuration', '/.well-known/openid-configuration/jwks']) {
      const response = await fetch(`${identity.issuer}${path}`, { headers: { Origin: 'http://evil.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers the preflight of a token request from the app origin', async () => {
    const response = await fetch(`${identity.issuer}/connect/token`, {
      method: 'OPTIONS',
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('refuses the preflight of a token request from another origin', async () => {
    const response = await fetch(`${identity.issuer}/connect/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
