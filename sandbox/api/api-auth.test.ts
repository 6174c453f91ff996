import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORDLYS_COMPANY_ID } from './demo-data.ts';
import { createTestKeys, expectResponsesFollowContract, signToken, startTestApi } from './test-support.ts';
import type { TestApi, TestKeys } from './test-support.ts';

let keys: TestKeys;
let api: TestApi;

beforeAll(async () => {
  keys = await createTestKeys();
  api = await startTestApi(keys);
});
afterAll(() => api.close());

const ACCOUNTS = `/api/v3/accounts/${NORDLYS_COMPANY_ID}`;

async function expectProblem(response: Response, status: number): Promise<{ type: string; title: string; status: number; detail: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { type: string; title: string; status: number; detail: string };
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe('API authentication', () => {
  it('answers 401 with a bare Bearer challenge when no token is sent', async () => {
    const response = await fetch(`${api.url}${ACCOUNTS}`);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="bankservice"');
    await expectProblem(response, 401);
  });

  it('answers 401 invalid_token naming the signature when the token was tampered with', async () => {
    const [header, , signature] = api.token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', scope: 'bankservice' })).toString('base64url');
    const response = await api.get(ACCOUNTS, { Authorization: `Bearer ${header}.${forged}.${signature}` });
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="bankservice", error="invalid_token", error_description="[^"]*signature[^"]*"$/);
    const body = await expectProblem(response, 401);
    expect(body.detail).toMatch(/signature/);
  });

  it('answers 401 invalid_token naming expiry for an expired token', async () => {
    const response = await api.get(ACCOUNTS, { Authorization: `Bearer ${await signToken(keys.privateKey, { expiresIn: -3600 })}` });
    expect(response.headers.get('www-authenticate')).toMatch(/error="invalid_token", error_description="The access token expired/);
    await expectProblem(response, 401);
  });

  it('answers 403 insufficient_scope when the token lacks bankservice', async () => {
    const response = await api.get(ACCOUNTS, { Authorization: `Bearer ${await signToken(keys.privateKey, { claims: { scope: 'openid' } })}` });
    expect(response.headers.get('www-authenticate')).toMatch(/error="insufficient_scope".*scope="bankservice"$/);
    await expectProblem(response, 403);
  });
});

describe('API errors', () => {
  it('answers 404 problem+json for an unknown path', async () => {
    const body = await expectProblem(await api.get('/api/v3/nothing-here'), 404);
    expect(body.detail).toContain('/api/v3/nothing-here');
  });

  it('answers 404 for a path outside the API', async () => {
    await expectProblem(await fetch(`${api.url}/`), 404);
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const response = await fetch(`${api.url}${ACCOUNTS}`, { method: 'DELETE', headers: { Authorization: `Bearer ${api.token}` } });
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    await expectProblem(response, 405);
  });

  it('lists both methods in Allow where a path has a GET and a POST', async () => {
    const response = await fetch(`${api.url}/api/v3/payments/${NORDLYS_COMPANY_ID}`, { method: 'PUT' });
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    await expectProblem(response, 405);
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await fetch(`${api.url}${ACCOUNTS}`, { method: 'HEAD', headers: { Authorization: `Bearer ${api.token}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('CORS', () => {
  const preflight = (origin: string): Promise<Response> =>
    fetch(`${api.url}/api/v3/payments/${NORDLYS_COMPANY_ID}`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key' },
    });

  it('answers a preflight from the app origin with 204 and the allowed methods and headers, without a token', async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization, DPoP, Content-Type, Idempotency-Key');
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('refuses a preflight from another origin with 403 and no CORS headers', async () => {
    const response = await preflight('https://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('echoes the app origin and exposes the headers the app reads, on success and on 401', async () => {
    for (const response of [await api.get(ACCOUNTS, { Origin: 'http://localhost:5173' }), await fetch(`${api.url}${ACCOUNTS}`, { headers: { Origin: 'http://localhost:5173' } })]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate, DPoP-Nonce');
      expect(response.headers.get('vary')).toBe('Origin');
    }
  });

  it('gives another origin no CORS headers', async () => {
    const response = await api.get(ACCOUNTS, { Origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
  });
});

describe('scope claim', () => {
  it('accepts bankservice in a space-delimited scope string (RFC 9068) as well as in a JSON array (IdentityServer)', async () => {
    const asString = await signToken(keys.privateKey, { claims: { scope: 'openid bankservice' } });
    const asArray = await signToken(keys.privateKey, { claims: { scope: ['openid', 'bankservice'] } });
    for (const token of [asString, asArray]) expect((await api.get(ACCOUNTS, { Authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('refuses an array scope without bankservice with 403 insufficient_scope', async () => {
    const token = await signToken(keys.privateKey, { claims: { scope: ['openid', 'profile'] } });
    const response = await api.get(ACCOUNTS, { Authorization: `Bearer ${token}` });
    expect(response.headers.get('www-authenticate')).toMatch(/error="insufficient_scope"/);
    await expectProblem(response, 403);
  });
});

describe('contract', () => {
  it('answered every request above, errors included, as bankservice-v3.openapi.yaml says', () => {
    expectResponsesFollowContract(api, 10);
  });
});
