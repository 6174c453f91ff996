import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { NORDLYS_COMPANY_ID } from '../../sandbox/api/demo-data';
import { createTestKeys, signToken, startTestApi, type TestApi, type TestKeys } from '../../sandbox/api/test-support';
import { companyAccountsSchema } from './accounts';
import { approveAnswerSchema } from './payments';
import { createApiClient } from './client';
import { finiteNumber, plainObject } from './shapes';
import { apiFailure } from '../test/api-failure';

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

const accountsPath = `/api/v3/accounts/${NORDLYS_COMPANY_ID}`;

describe('the API client', () => {
  it('sends the current token and parses the answer', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const answer = await client.get(accountsPath, companyAccountsSchema);
    expect(answer.Accounts?.length).toBeGreaterThan(0);
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
    await expect(client.get(accountsPath, companyAccountsSchema)).resolves.toBeTruthy();
    expect(renewed).toEqual([expired]);
  });

  it('gives up as unauthorized when renewal fails', async () => {
    const expired = await signToken(keys.privateKey, { expiresIn: -3600 });
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => expired, renew: async () => false });
    expect((await apiFailure(client.get(accountsPath, companyAccountsSchema))).code).toBe('unauthorized');
  });

  it('reads a problem body when one comes, without depending on it', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const error = await apiFailure(client.send(`/api/v3/payments/${NORDLYS_COMPANY_ID}`, { MessageId: 'client-test-1', AccountNumber: '12074123455', PaymentLines: [] }));
    expect(error.code).toBe('bad_request');
    expect(error.details.status).toBe(400);
  });

  it('takes a documented result body on a 400 as the answer when asked to, and a 404 still as an error', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const messageId = crypto.randomUUID();
    await client.send(`/api/v3/payments/${NORDLYS_COMPANY_ID}`, {
      MessageId: messageId,
      AccountNumber: '12074123455',
      PaymentLines: [{ ExecutionDate: '2025-06-16', SourceReference: 'client-test', Amount: 10, Currency: 'NOK', Creditor: { Name: 'A', CountryCode: 'NO', AccountNumber: '15032877114' } }],
    });
    // The submitter may not approve their own payments: the sandbox says so with 400 and the result object.
    expect(await client.put(`/api/v3/payments/${messageId}/approve`, undefined, approveAnswerSchema, { answerStatuses: [400] })).toMatchObject({ Status: 4, Success: false });
    const error = await apiFailure(client.put('/api/v3/payments/no-such-message/approve', undefined, approveAnswerSchema, { answerStatuses: [400] }));
    expect(error.code).toBe('not_found');
  });

  it('names the field of an answer in an unexpected shape', async () => {
    const client = createApiClient({ baseUrl: api.url, getAccessToken: async () => api.token });
    const error = await apiFailure(client.get(accountsPath, plainObject({ Accounts: v.array(plainObject({ AccountNumber: finiteNumber() })) })));
    expect(error.code).toBe('unexpected_shape');
    expect(error.details.detail).toBe('Accounts.0.AccountNumber: Invalid input');
  });

  it('says so when signed out, without calling the API', async () => {
    const client = createApiClient({ baseUrl: 'http://localhost:1', getAccessToken: async () => null });
    expect((await apiFailure(client.get(accountsPath, companyAccountsSchema))).code).toBe('signed_out');
  });

  it('reports an API that cannot be reached as a network error worth retrying', async () => {
    const client = createApiClient({ baseUrl: 'http://localhost:1', getAccessToken: async () => api.token });
    const error = await apiFailure(client.get(accountsPath, companyAccountsSchema));
    expect(error.code).toBe('network_error');
    expect(error.retryable).toBe(true);
  });

  it('gives up on an API slower than the timeout', async () => {
    const client = createApiClient({ baseUrl: slowUrl, getAccessToken: async () => api.token, timeoutMs: 200 });
    const error = await apiFailure(client.get(accountsPath, companyAccountsSchema));
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
  });
});
