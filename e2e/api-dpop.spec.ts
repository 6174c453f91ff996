import { expect, test, type APIRequestContext } from '@playwright/test';
import { dpopKey, proof, type DpopKey } from '../sandbox/dpop-client.ts';

/** The running sandbox (`npm start`) with DPoP: a token bound by the identity server, then used at the API. */

const issuer = 'http://localhost:5001';
// A documented operation; any company id will do, since only what the token check says matters here.
const statements = 'http://localhost:5002/api/v3/statements/00000000-0000-4000-8000-000000000000';


async function boundServiceToken(request: APIRequestContext, key: DpopKey): Promise<string> {
  const tokenUrl = `${issuer}/connect/token`;
  const response = await request.post(tokenUrl, {
    headers: { DPoP: await proof(key, 'POST', tokenUrl) },
    form: { grant_type: 'client_credentials', client_id: 'open-banking-service', client_secret: 'sandbox-secret', scope: 'bankservice' },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { access_token: string; token_type: string };
  expect(body.token_type).toBe('DPoP');
  return body.access_token;
}

test('discovery advertises DPoP and PAR', async ({ request }) => {
  const discovery = (await (await request.get(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  expect(discovery.dpop_signing_alg_values_supported).toContain('ES256');
  expect(discovery.pushed_authorization_request_endpoint).toBe(`${issuer}/connect/par`);
});

test('the API lets a DPoP-bound token with a fresh proof past the token check', async ({ request }) => {
  const key = await dpopKey();
  const token = await boundServiceToken(request, key);
  const response = await request.get(statements, { headers: { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', statements, { accessToken: token }) } });
  expect(response.status()).not.toBe(401);
  expect(response.headers()['www-authenticate']).toBeUndefined();
});

test.describe('the API refuses the bound token', () => {
  test('sent as Bearer, with invalid_token', async ({ request }) => {
    const token = await boundServiceToken(request, await dpopKey());
    const response = await request.get(statements, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^DPoP error="invalid_token"/);
  });

  test('without a proof, with invalid_dpop_proof', async ({ request }) => {
    const token = await boundServiceToken(request, await dpopKey());
    const response = await request.get(statements, { headers: { Authorization: `DPoP ${token}` } });
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^DPoP error="invalid_dpop_proof"/);
  });

  test('with a proof for another URL, with invalid_dpop_proof', async ({ request }) => {
    const key = await dpopKey();
    const token = await boundServiceToken(request, key);
    const other = statements.replace('statements', 'accounts');
    const response = await request.get(statements, { headers: { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', other, { accessToken: token }) } });
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*is for/);
  });

  test('with a proof for another method, with invalid_dpop_proof', async ({ request }) => {
    const key = await dpopKey();
    const token = await boundServiceToken(request, key);
    const response = await request.get(statements, { headers: { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'POST', statements, { accessToken: token }) } });
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*POST/);
  });

  test('with a replayed proof, with invalid_dpop_proof', async ({ request }) => {
    const key = await dpopKey();
    const token = await boundServiceToken(request, key);
    const headers = { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', statements, { accessToken: token }) };
    expect((await request.get(statements, { headers })).status()).not.toBe(401);
    const replayed = await request.get(statements, { headers });
    expect(replayed.status()).toBe(401);
    expect(replayed.headers()['www-authenticate']).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*jti/);
  });

  test('with a proof made by another key, with invalid_token', async ({ request }) => {
    const token = await boundServiceToken(request, await dpopKey());
    const response = await request.get(statements, { headers: { Authorization: `DPoP ${token}`, DPoP: await proof(await dpopKey(), 'GET', statements, { accessToken: token }) } });
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^DPoP error="invalid_token"/);
  });
});
