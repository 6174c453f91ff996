import { createServer } from 'node:http';
import { calculateJwkThumbprint, createRemoteJWKSet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dpopKey, proof, type DpopKey } from '../dpop-client.ts';
import { DpopNonces, JtiReplayCache } from '../dpop.ts';
import { closeServer, listen } from '../http-server.ts';
import { startTestIdentity } from '../identity/test-browser.ts';
import type { TestIdentity } from '../identity/test-browser.ts';
import { createCorsPolicy } from './cors.ts';
import { createRequestHandler } from './handler.ts';
import type { RouteHandler } from './handler.ts';
import type { Route } from './router.ts';

/**
 * DPoP over HTTP: tokens bound by the real sandbox identity server, proofs made with jose, sent to
 * the API's request handler (one route of its own, so the test does not depend on the demo data).
 */

const APP_ORIGIN = 'http://localhost:5173';
const PATH = '/api/v3/accounts/3f8a0c4e-0000-4000-8000-000000000001';


async function startHandler(issuer: string, requireNonce: boolean) {
  const routes: Route<RouteHandler>[] = [{ method: 'GET', pattern: '/api/v3/accounts/:companyId', handler: (ctx) => ({ status: 200, body: { CompanyId: ctx.param('companyId') } }) }];
  let baseUrl = '';
  const server = createServer(
    createRequestHandler({
      routes,
      cors: createCorsPolicy([APP_ORIGIN]),
      tokenCheck: { issuer, jwks: createRemoteJWKSet(new URL(`${issuer}/.well-known/openid-configuration/jwks`)), dpop: { replay: new JtiReplayCache(), nonces: new DpopNonces(), requireNonce } },
      now: () => new Date(),
      baseUrl: () => baseUrl,
    }),
  );
  baseUrl = `http://localhost:${await listen(server, 0, 'localhost')}`;
  return { url: baseUrl, close: () => closeServer(server) };
}

let identity: TestIdentity;
let api: { url: string; close(): Promise<void> };
let strictApi: { url: string; close(): Promise<void> };
let key: DpopKey;

beforeAll(async () => {
  identity = await startTestIdentity();
  api = await startHandler(identity.issuer, false);
  strictApi = await startHandler(identity.issuer, true);
  key = await dpopKey();
});
afterAll(async () => {
  await Promise.all([api.close(), strictApi.close()]);
  await identity.close();
});

/** A service token bound to `key` by the identity server (client_credentials with a proof). */
async function boundToken(): Promise<string> {
  const tokenUrl = `${identity.issuer}/connect/token`;
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', DPoP: await proof(key, 'POST', tokenUrl) },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'bankservice', client_id: 'open-banking-service', client_secret: 'sandbox-secret' }),
  });
  const body = (await response.json()) as { access_token: string; token_type: string };
  expect(body.token_type).toBe('DPoP');
  return body.access_token;
}

const call = (url: string, headers: Record<string, string>) => fetch(url, { headers: { Origin: APP_ORIGIN, ...headers } });

describe('the API over HTTP', () => {
  it('answers a DPoP-bound token with a fresh proof, and lets the app read the headers it needs', async () => {
    const token = await boundToken();
    const url = `${api.url}${PATH}`;
    const response = await call(url, { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', url, { accessToken: token }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/WWW-Authenticate.*DPoP-Nonce/);
  });

  it('matches htu without the query string', async () => {
    const token = await boundToken();
    const url = `${api.url}${PATH}`;
    const response = await call(`${url}?skip=0&take=10`, { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', url, { accessToken: token }) });
    expect(response.status).toBe(200);
  });

  it('refuses the same token as Bearer with a DPoP invalid_token challenge', async () => {
    const response = await call(`${api.url}${PATH}`, { Authorization: `Bearer ${await boundToken()}` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token", error_description="[^"]+", algs="[^"]*ES256/);
  });

  it('refuses a replayed proof with invalid_dpop_proof', async () => {
    const token = await boundToken();
    const url = `${api.url}${PATH}`;
    const headers = { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', url, { accessToken: token }) };
    expect((await call(url, headers)).status).toBe(200);
    const replayed = await call(url, headers);
    expect(replayed.status).toBe(401);
    expect(replayed.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*jti/);
  });

  it('answers the preflight of a DPoP request', async () => {
    const response = await fetch(`${api.url}${PATH}`, {
      method: 'OPTIONS',
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,dpop' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/\bDPoP\b/);
  });
});

describe('the API demanding nonces', () => {
  it('answers a proof without a nonce with 401 use_dpop_nonce and a readable DPoP-Nonce, and accepts one retry with it', async () => {
    const token = await boundToken();
    const url = `${strictApi.url}${PATH}`;
    const challenge = await call(url, { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', url, { accessToken: token }) });
    expect(challenge.status).toBe(401);
    expect(challenge.headers.get('www-authenticate')).toMatch(/^DPoP error="use_dpop_nonce"/);
    const nonce = challenge.headers.get('dpop-nonce') ?? '';
    expect(nonce).not.toBe('');
    expect(challenge.headers.get('access-control-expose-headers')).toMatch(/DPoP-Nonce/);

    const retry = await call(url, { Authorization: `DPoP ${token}`, DPoP: await proof(key, 'GET', url, { accessToken: token, nonce }) });
    expect(retry.status).toBe(200);
  });

  it('still answers Bearer tokens without cnf', async () => {
    const response = await fetch(`${identity.issuer}/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'bankservice', client_id: 'open-banking-service', client_secret: 'sandbox-secret' }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    expect((await call(`${strictApi.url}${PATH}`, { Authorization: `Bearer ${token}` })).status).toBe(200);
  });
});

// The thumbprint the identity server bound the token to is the key's own (RFC 7638), as the API compares it.
describe('binding', () => {
  it('puts the proof key’s thumbprint in cnf.jkt', async () => {
    const token = await boundToken();
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { cnf?: { jkt?: string } };
    expect(payload.cnf?.jkt).toBe(await calculateJwkThumbprint(key.jwk));
  });
});
