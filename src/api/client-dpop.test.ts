import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createApiClient, dpopChallengeError, htuOf } from './client';
import { apiFailure } from '../test/api-failure';

/*
 * The client's side of RFC 9449: the scheme, the proof's htu, the nonce retry and when to renew.
 * The real API's proof checks are tested in sandbox/; here a scripted server answers what each case needs.
 */

type Answer = { status: number; headers?: Record<string, string> };
let script: Answer[] = [];
let seen: IncomingHttpHeaders[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    const answer = script.shift() ?? { status: 200 };
    response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    response.end(answer.status === 200 ? '{"ok":true}' : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  script = [];
  seen = [];
});

const okSchema = v.object({ ok: v.boolean() });
const challenge = (error: string, nonce?: string): Answer => ({
  status: 401,
  headers: { 'WWW-Authenticate': `DPoP error="${error}", algs="ES256"`, ...(nonce ? { 'DPoP-Nonce': nonce } : {}) },
});

function dpopClient(renewals: string[] = []) {
  const calls: { method: string; htu: string; token: string; nonce: string | undefined }[] = [];
  const client = createApiClient({
    baseUrl,
    getAccessToken: async () => 'bound-token',
    proof: async (call) => {
      calls.push(call);
      return `proof-${calls.length}`;
    },
    renew: async (stale) => {
      renewals.push(stale);
      return true;
    },
  });
  return { client, calls };
}

describe('the API client with a DPoP session', () => {
  it('sends the token with the DPoP scheme and a fresh proof on every call', async () => {
    const { client } = dpopClient();
    await client.get('/a', okSchema);
    await client.get('/a', okSchema);
    expect(seen.map((headers) => headers.authorization)).toEqual(['DPoP bound-token', 'DPoP bound-token']);
    expect(seen.map((headers) => headers.dpop)).toEqual(['proof-1', 'proof-2']);
  });

  it('sends Bearer and no proof when the session is not sender-constrained', async () => {
    const client = createApiClient({ baseUrl, getAccessToken: async () => 'plain-token', proof: async () => null });
    await client.get('/a', okSchema);
    expect(seen[0]?.authorization).toBe('Bearer plain-token');
    expect(seen[0]?.dpop).toBeUndefined();
  });

  it('proves the URL without query and fragment, and the method', async () => {
    const { client, calls } = dpopClient();
    await client.put('/accounts/1?page=2&size=10', {}, okSchema);
    expect(calls[0]).toMatchObject({ method: 'PUT', htu: `${baseUrl}/accounts/1`, token: 'bound-token' });
    expect(htuOf('https://api.example/v3/x?y=1#z')).toBe('https://api.example/v3/x');
  });

  it('answers a nonce challenge with one retry whose proof carries the nonce, and keeps the nonce for the next call', async () => {
    const { client, calls } = dpopClient();
    script = [challenge('use_dpop_nonce', 'nonce-1')];
    await expect(client.get('/n1', okSchema)).resolves.toEqual({ ok: true });
    expect(calls.map((call) => call.nonce)).toEqual([undefined, 'nonce-1']);
    await client.get('/n2', okSchema);
    expect(calls[2]?.nonce).toBe('nonce-1');
  });

  it('retries a nonce challenge once, not more, and does not renew for it', async () => {
    const renewals: string[] = [];
    const { client } = dpopClient(renewals);
    script = [challenge('use_dpop_nonce', 'nonce-a'), challenge('use_dpop_nonce', 'nonce-b'), challenge('use_dpop_nonce', 'nonce-c')];
    const error = await apiFailure(client.get('/always-nonce', okSchema));
    expect(error.code).toBe('unauthorized');
    expect(seen).toHaveLength(2);
    expect(renewals).toEqual([]);
  });

  it('remembers a DPoP-Nonce sent with a success', async () => {
    const { client, calls } = dpopClient();
    script = [{ status: 200, headers: { 'DPoP-Nonce': 'fresh-nonce' } }];
    await client.get('/first', okSchema);
    await client.get('/second', okSchema);
    expect(calls[1]?.nonce).toBe('fresh-nonce');
  });

  it('never renews when the proof is refused', async () => {
    const renewals: string[] = [];
    const { client } = dpopClient(renewals);
    script = [challenge('invalid_dpop_proof')];
    expect((await apiFailure(client.get('/bad-proof', okSchema))).code).toBe('unauthorized');
    expect(renewals).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('renews and retries once when the token itself is refused', async () => {
    const renewals: string[] = [];
    const { client } = dpopClient(renewals);
    script = [challenge('invalid_token')];
    await expect(client.get('/expired', okSchema)).resolves.toEqual({ ok: true });
    expect(renewals).toEqual(['bound-token']);
    expect(seen).toHaveLength(2);
  });

  it('reads the error of a DPoP challenge only', () => {
    expect(dpopChallengeError('DPoP error="use_dpop_nonce", error_description="x"')).toBe('use_dpop_nonce');
    expect(dpopChallengeError('Bearer error="invalid_token"')).toBeNull();
    expect(dpopChallengeError('Bearer realm="api", DPoP error="invalid_token"')).toBe('invalid_token');
    expect(dpopChallengeError(null)).toBeNull();
  });
});
