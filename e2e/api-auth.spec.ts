import { expect, test, type APIRequestContext } from '@playwright/test';
import { NORDLYS_COMPANY_ID } from '../sandbox/api/demo-data.ts';

const issuer = 'http://localhost:5001';
const api = 'http://localhost:5002/api/v3';

async function serviceToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${issuer}/connect/token`, {
    form: { grant_type: 'client_credentials', client_id: 'open-banking-service', client_secret: 'sandbox-secret', scope: 'bankservice' },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

test('the API answers 401 without a token', async ({ request }) => {
  const response = await request.get(`${api}/accounts/${NORDLYS_COMPANY_ID}`);
  expect(response.status()).toBe(401);
  expect(response.headers()['www-authenticate']).toMatch(/^Bearer realm="bankservice"/);
  expect(response.headers()['content-type']).toContain('application/problem+json');
});

test('the API answers 401 invalid_token to a tampered token', async ({ request }) => {
  const token = await serviceToken(request);
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
  const response = await request.get(`${api}/accounts/${NORDLYS_COMPANY_ID}`, { headers: { Authorization: `Bearer ${header}.${forged}.${signature}` } });
  expect(response.status()).toBe(401);
  expect(response.headers()['www-authenticate']).toContain('error="invalid_token"');
});

test('the API answers 200 to the same token untampered', async ({ request }) => {
  const token = await serviceToken(request);
  const response = await request.get(`${api}/accounts/${NORDLYS_COMPANY_ID}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
});
