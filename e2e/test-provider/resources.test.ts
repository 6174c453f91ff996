import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_COMPANY_ID } from './api.ts';
import type { TestProvider } from './server.ts';
import { APP_ORIGIN, signInImplicitly, signInWithCode, startProviderForTests, statsOf, stringField, tokenRequest } from './test-support.ts';

let provider: TestProvider;
let issuer: string;
let accessToken: string;
beforeAll(async () => {
  provider = await startProviderForTests();
  issuer = `${provider.url}/good`;
  accessToken = stringField((await signInWithCode(issuer)).body, 'access_token');
});
afterAll(() => provider.close());

function get(path: string, token: string | undefined, base = issuer): Promise<Response> {
  const headers: Record<string, string> = { Origin: APP_ORIGIN };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  return fetch(`${base}${path}`, { headers });
}

describe('userinfo', () => {
  it('answers the test user for an access token issued here, with CORS, and counts the call', async () => {
    const before = (await statsOf(provider.url, 'good')).userinfo;
    const response = await get('/userinfo', accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(await response.json()).toEqual({ sub: 'test-user', name: 'Test User', email: 'test.user@example.com' });
    expect((await statsOf(provider.url, 'good')).userinfo).toBe(before + 1);
  });

  it('answers 401 with a Bearer challenge without a token, and invalid_token for a forged one', async () => {
    const none = await get('/userinfo', undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const forged = await get('/userinfo', `${accessToken.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('refuses an access token another scenario issued', async () => {
    expect((await get('/userinfo', accessToken, `${provider.url}/kid-absent`)).status).toBe(401);
  });

  it('userinfo-sub-mismatch: answers another sub than the ID token’s', async () => {
    const mismatch = `${provider.url}/userinfo-sub-mismatch`;
    const { params } = await signInImplicitly(mismatch);
    const response = await get('/userinfo', params.get('access_token') ?? '', mismatch);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.sub).toBeTruthy();
    expect(body.sub).not.toBe('test-user');
    expect(body).toMatchObject({ name: 'Test User', email: 'test.user@example.com' });
  });
});

describe('Open Banking API', () => {
  it('lists the test company accounts in the documented shape', async () => {
    const response = await get(`/api/v3/accounts/${TEST_COMPANY_ID}`, accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const body = (await response.json()) as { CompanyId: string; Accounts: { AccountNumber: string; Aliases: { Iban: string } }[] };
    expect(body.CompanyId).toBe(TEST_COMPANY_ID);
    expect(body.Accounts.map((account) => [account.AccountNumber, account.Aliases.Iban])).toEqual([['12345678903', 'NO9312345678903']]);
  });

  it('answers 401 without a token or with one from another scenario, 404 for what it does not have', async () => {
    const accounts = `/api/v3/accounts/${TEST_COMPANY_ID}`;
    expect((await get(accounts, undefined)).status).toBe(401);
    expect((await get(accounts, accessToken, `${provider.url}/short-lived`)).status).toBe(401);
    expect((await get('/api/v3/accounts/7e57c0de-0000-4000-8000-000000000002', accessToken)).status).toBe(404);
    expect((await get('/api/v3/companies', accessToken)).status).toBe(404);
  });

  it('answers the preflight for the Authorization header from the app origin', async () => {
    const response = await fetch(`${issuer}/api/v3/accounts/${TEST_COMPANY_ID}`, {
      method: 'OPTIONS',
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});

describe('revocation', () => {
  it('answers 200 and stops a refresh token working', async () => {
    const { body } = await signInWithCode(issuer);
    const refreshToken = stringField(body, 'refresh_token');
    const response = await fetch(`${issuer}/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
      body: new URLSearchParams({ client_id: 'open-banking-explorer', token: refreshToken, token_type_hint: 'refresh_token' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect((await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: refreshToken })).body.error).toBe('invalid_grant');
  });

  it('stops an access token working, and answers 200 for a token it does not know', async () => {
    const token = stringField((await signInWithCode(issuer)).body, 'access_token');
    const revoke = (value: string) =>
      fetch(`${issuer}/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: value }) });
    expect((await revoke(token)).status).toBe(200);
    expect((await get('/userinfo', token)).status).toBe(401);
    expect((await revoke('no-such-token')).status).toBe(200);
  });
});

describe('end session', () => {
  it('redirects to an app URL with the state', async () => {
    const target = `${APP_ORIGIN}/signed-out`;
    const response = await fetch(`${issuer}/endsession?${new URLSearchParams({ post_logout_redirect_uri: target, state: 'abc' })}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${target}?state=abc`);
  });

  it('takes a POSTed form as well', async () => {
    const response = await fetch(`${issuer}/endsession`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ post_logout_redirect_uri: `${APP_ORIGIN}/` }),
    });
    expect(response.headers.get('location')).toBe(`${APP_ORIGIN}/`);
  });

  it('shows a page instead of redirecting anywhere else', async () => {
    for (const target of ['http://evil.example/', 'http://localhost:5173.evil.example/', '']) {
      const response = await fetch(`${issuer}/endsession?${new URLSearchParams({ post_logout_redirect_uri: target })}`, { redirect: 'manual' });
      expect(response.status).toBe(200);
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    }
  });
});
