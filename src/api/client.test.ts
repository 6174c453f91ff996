import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestKeys, signToken, startTestApi, type TestApi, type TestKeys } from '../../sandbox/api/test-support';
import { createApiClient } from './client';
import { ApiError } from './errors';
import { pagedSchema } from './paged';

// The real sandbox API checks the tokens; only the slow server below is a stand-in that misbehaves on purpose.
let keys: TestKeys;
let api: TestApi;
let slow: Server;
let slowUrl: string;

beforeAll(async () => {
  keys = await createTestKeys();
  api = await startTestApi(keys);
  slow = createServer(() => undefined); // never answers
  await new Promise<void>((resolve) => slow.listen(0, 'localhost', resolve));
  slowUrl = `http://localhost:${(slow.address() as AddressInfo).port}`;
});

afterAll(async () => {
  slow.closeAllConnections();
  await Promise.all([api.close(), new Promise((resolve) => slow.close(resolve))]);
});

const companies = pagedSchema(z.object({ CompanyId: z.string() }));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the API client', () => {
  it('sends the current token and parses the answer', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const page = await client.get('/api/v3/companies', companies);
    expect(page.Items.length).toBeGreaterThan(0);
  });

  it('renews once on a 401 and retries with the new token', async () => {
    const expired = await signToken(keys.privateKey, { expiresIn: -3600 });
    let token = expired;
    const renewed: string[] = [];
    const client = createApiClient({
      baseUrl: api.url,
      getAccessToken: async () => token,
      renew: async (stale) => {
        renewed.push(stale);
        token = api.token;
        return true;
      },
    });
    await expect(client.get('/api/v3/companies', companies)).resolves.toBeTruthy();
    expect(renewed).toEqual([expired]);
  });

  it('gives up as unauthorized when renewal fails', async () => {
    const expired = await signToken(keys.privateKey, { expiresIn: -3600 });
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => expired, renew: async () => false });
    expect((await failure(client.get('/api/v3/companies', companies))).code).toBe('unauthorized');
  });

  it('passes a validation problem’s fields on', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const error = await failure(client.post('/api/v3/payments/100001', { DebitAccountNo: '12074123455', Payments: [] }, z.unknown(), { headers: { 'Idempotency-Key': 'client-test-1' } }));
    expect(error.code).toBe('bad_request');
    expect(Object.keys(error.details.errors ?? {})).toContain('Payments');
  });

  it('names the field of an answer in an unexpected shape', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const error = await failure(client.get('/api/v3/companies', pagedSchema(z.object({ CompanyId: z.number() }))));
    expect(error.code).toBe('unexpected_shape');
    expect(error.details.detail).toMatch(/^Items\.0\.CompanyId: /);
  });

  it('says so when signed out, without calling the API', async () => {
    const client = createApiClient({ baseUrl: 'http://localhost:1', getAccessToken: async () => null });
    expect((await failure(client.get('/api/v3/companies', companies))).code).toBe('signed_out');
  });

  it('reports an API that cannot be reached as a network error worth retrying', async () => {
    const client = createApiClient({ baseUrl: 'http://localhost:1', getAccessToken: async () => api.token });
    const error = await failure(client.get('/api/v3/companies', companies));
    expect(error.code).toBe('network_error');
    expect(error.retryable).toBe(true);
  });

  it('gives up on an API slower than the timeout', async () => {
    const client = createApiClient({ baseUrl: slowUrl, getAccessToken: async () => api.token, timeoutMs: 200 });
    const error = await failure(client.get('/api/v3/companies', companies));
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
  });
});
