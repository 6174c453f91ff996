import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../api/server.ts';
import { NORDLYS_COMPANY_ID } from '../api/demo-data.ts';
import { APP_ORIGIN, authorizationUrl, REDIRECT_URI, signIn, SPA_CLIENT_ID, startTestIdentity, TestBrowser } from './test-browser.ts';
import type { TestIdentity } from './test-browser.ts';

let identity: TestIdentity;
beforeAll(async () => {
  identity = await startTestIdentity();
});
afterAll(() => identity.close());

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

const discover = async (issuer: string): Promise<Discovery> => (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Discovery;

async function codeFlowToken(issuer: string): Promise<string> {
  const request = authorizationUrl(issuer);
  const callback = await signIn(new TestBrowser(issuer), request.url);
  expect(callback.searchParams.get('iss')).toBe(issuer);
  const response = await fetch(`${issuer}/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
    body: new URLSearchParams({
      client_id: SPA_CLIENT_ID,
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: REDIRECT_URI,
      code_verifier: request.verifier,
    }),
  });
  expect(response.status).toBe(200);
  return String(((await response.json()) as { access_token: string }).access_token);
}

describe("Aritma ID's tenant path form", () => {
  it('serves discovery under the tenant path, its issuer equal to the tenant authority and its endpoints beneath it', async () => {
    const discovery = await discover(identity.tenantIssuer);
    expect(identity.tenantIssuer).toBe(`${identity.issuer}/sandbox-tenant`);
    expect(discovery.issuer).toBe(identity.tenantIssuer);
    expect(discovery.authorization_endpoint).toBe(`${identity.tenantIssuer}/connect/authorize`);
    expect(discovery.token_endpoint).toBe(`${identity.tenantIssuer}/connect/token`);
    expect(discovery.jwks_uri).toBe(`${identity.tenantIssuer}/.well-known/openid-configuration/jwks`);
    expect((await discover(identity.issuer)).issuer).toBe(identity.issuer);
  });

  it("signs in under the tenant path and issues tokens with the tenant's iss and tid; the default issuer's say tid default", async () => {
    const jwks = createLocalJWKSet((await (await fetch((await discover(identity.tenantIssuer)).jwks_uri)).json()) as JSONWebKeySet);
    const tenantToken = await codeFlowToken(identity.tenantIssuer);
    const { payload } = await jwtVerify(tenantToken, jwks, { issuer: identity.tenantIssuer, audience: 'bankservice', typ: 'at+jwt' });
    expect(payload).toMatchObject({ sub: 'demo', tid: 'sandbox-tenant' });
    const { payload: defaultClaims } = await jwtVerify(await codeFlowToken(identity.issuer), jwks, { issuer: identity.issuer });
    expect(defaultClaims.tid).toBe('default');
  });

  it("is accepted by the sandbox API, which trusts the tenant issuer too", async () => {
    const api = await startApi({ port: 0, issuer: identity.issuer, otherIssuers: [identity.tenantIssuer] });
    try {
      const token = await codeFlowToken(identity.tenantIssuer);
      const response = await fetch(`${api.url}/api/v3/accounts/${NORDLYS_COMPANY_ID}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
