import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from './scenarios.ts';
import type { TestProvider } from './server.ts';
import { APP_ORIGIN, startProviderForTests } from './test-support.ts';

let provider: TestProvider;
beforeAll(async () => {
  provider = await startProviderForTests();
});
afterAll(() => provider.close());

describe('the scenario list', () => {
  it('names each scenario once', () => {
    expect(new Set(scenarios.map(({ name }) => name)).size).toBe(scenarios.length);
  });

  it('accepts exactly the control, kid-absent, key-rotated, short-lived and no-expires-in', () => {
    expect(scenarios.filter((scenario) => scenario.expect === 'accepted').map(({ name }) => name)).toEqual(['good', 'kid-absent', 'key-rotated', 'short-lived', 'no-expires-in']);
  });

  it('keeps flows and response types in step', () => {
    for (const scenario of scenarios) {
      const responseTypes: readonly string[] = scenario.responseTypes;
      expect(scenario.flows.includes('code'), scenario.name).toBe(responseTypes.includes('code'));
      expect(scenario.flows.includes('implicit'), scenario.name).toBe(responseTypes.includes('id_token token') || responseTypes.includes('token'));
    }
  });

  it('offers response_type token only where no ID token is needed to see the defect', () => {
    expect(scenarios.filter(({ responseTypes }) => (responseTypes as readonly string[]).includes('token')).map(({ name }) => name)).toEqual([
      'good',
      'discovery-issuer-mismatch',
      'response-iss-mismatch',
      'response-iss-missing',
      'state-mismatch',
      'access-denied',
      'authorize-javascript',
      'token-http-remote',
      'no-expires-in',
    ]);
  });
});

describe('every scenario is served under its own issuer', () => {
  it.each(scenarios.map(({ name }) => name))('%s', async (name) => {
    const issuer = `${provider.url}/${name}`;
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { headers: { Origin: APP_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/endsession`,
      revocation_endpoint: `${issuer}/revoke`,
      response_types_supported: ['code', 'id_token token', 'token'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      subject_types_supported: ['public'],
      authorization_response_iss_parameter_supported: true,
    });
    expect(metadata.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token', 'implicit']));
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'bankservice']));
    if (name !== 'discovery-issuer-mismatch') expect(metadata.issuer).toBe(issuer);
    if (name !== 'authorize-javascript') expect(metadata.authorization_endpoint).toBe(`${issuer}/authorize`);
    if (name !== 'token-http-remote') expect(metadata.token_endpoint).toBe(`${issuer}/token`);
  });

  it('names a javascript: authorization endpoint in authorize-javascript, a plain-http token endpoint elsewhere in token-http-remote', async () => {
    const javascript = (await (await fetch(`${provider.url}/authorize-javascript/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(new URL(javascript.authorization_endpoint ?? '').protocol).toBe('javascript:');
    const http = (await (await fetch(`${provider.url}/token-http-remote/.well-known/openid-configuration`)).json()) as Record<string, string>;
    const token = new URL(http.token_endpoint ?? '');
    expect(token.protocol).toBe('http:');
    expect(token.host).not.toBe(new URL(provider.url).host);
  });

  it('publishes the JWKS with CORS for the app and without for other origins', async () => {
    const app = await fetch(`${provider.url}/good/jwks`, { headers: { Origin: APP_ORIGIN } });
    expect(app.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const other = await fetch(`${provider.url}/good/jwks`, { headers: { Origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const { keys } = (await app.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toHaveProperty('d');
  });
});
