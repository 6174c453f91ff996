import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseType, ScenarioName } from './scenarios.ts';
import { findScenario } from './scenarios.ts';
import type { TestProvider } from './server.ts';
import { APP_ORIGIN, authorizationRequest, callbackFor, REDIRECT_URI, startProviderForTests } from './test-support.ts';

let provider: TestProvider;
beforeAll(async () => {
  provider = await startProviderForTests();
});
afterAll(() => provider.close());

/** The response types a scenario lists, for `it.each`. */
function responseTypesOf(scenario: ScenarioName): ResponseType[] {
  return findScenario(scenario)?.responseTypes ?? [];
}

/** An authorization response of `scenario`, with what was sent. */
async function respond(scenario: ScenarioName, responseType: ResponseType) {
  const issuer = `${provider.url}/${scenario}`;
  const request = authorizationRequest(responseType);
  const { url, params } = await callbackFor(issuer, request);
  expect(`${url.origin}${url.pathname}`).toBe(REDIRECT_URI);
  return { issuer, request, params };
}

/** The credential a successful response of this type carries. */
function credentialOf(responseType: ResponseType): string {
  return responseType === 'code' ? 'code' : 'access_token';
}

describe('state-mismatch: another state', () => {
  it.each(responseTypesOf('state-mismatch'))('%s', async (responseType) => {
    const { issuer, request, params } = await respond('state-mismatch', responseType);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('state')).not.toBe(request.state);
    expect(params.get('iss')).toBe(issuer);
    expect(params.get(credentialOf(responseType))).toBeTruthy();
  });
});

describe('response-iss-mismatch: the iss parameter names another issuer', () => {
  it.each(responseTypesOf('response-iss-mismatch'))('%s', async (responseType) => {
    const { issuer, request, params } = await respond('response-iss-mismatch', responseType);
    expect(params.get('iss')).toBeTruthy();
    expect(params.get('iss')).not.toBe(issuer);
    expect(params.get('state')).toBe(request.state);
    expect(params.get(credentialOf(responseType))).toBeTruthy();
  });
});

describe('response-iss-missing: no iss parameter although discovery promises one', () => {
  it('advertises authorization_response_iss_parameter_supported', async () => {
    const metadata = (await (await fetch(`${provider.url}/response-iss-missing/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true);
  });

  it.each(responseTypesOf('response-iss-missing'))('%s', async (responseType) => {
    const { request, params } = await respond('response-iss-missing', responseType);
    expect(params.has('iss')).toBe(false);
    expect(params.get('state')).toBe(request.state);
    expect(params.get(credentialOf(responseType))).toBeTruthy();
  });
});

describe('access-denied: the user said no', () => {
  it.each(responseTypesOf('access-denied'))('%s', async (responseType) => {
    const { issuer, request, params } = await respond('access-denied', responseType);
    expect(Object.fromEntries(params)).toEqual({ error: 'access_denied', error_description: 'The user said no', state: request.state, iss: issuer });
  });

  it('sends the error in the query for the code flow and in the fragment for implicit', async () => {
    const issuer = `${provider.url}/access-denied`;
    const code = await callbackFor(issuer, authorizationRequest('code'));
    expect(code.url.search).toContain('error=access_denied&error_description=The+user+said+no');
    const implicit = await callbackFor(issuer, authorizationRequest('token'));
    expect(implicit.url.search).toBe('');
    expect(implicit.url.hash).toContain('error=access_denied');
  });
});

describe('discovery-issuer-mismatch: discovery claims another issuer', () => {
  it('names another issuer while every endpoint is still its own', async () => {
    const issuer = `${provider.url}/discovery-issuer-mismatch`;
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { headers: { Origin: APP_ORIGIN } });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.issuer).not.toBe(issuer);
    expect(metadata).toMatchObject({ authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` });
  });

  it.each(responseTypesOf('discovery-issuer-mismatch'))('answers %s with the real issuer as iss', async (responseType) => {
    const { issuer, params } = await respond('discovery-issuer-mismatch', responseType);
    expect(params.get('iss')).toBe(issuer);
  });
});
