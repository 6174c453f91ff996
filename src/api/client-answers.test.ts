import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { companyAccountsSchema } from './accounts';
import { createApiClient, type Validator } from './client';
import { apiFailure } from '../test/api-failure';

/*
 * What the client makes of an answer's body: the shape of a success, and the problem details of a
 * failure. fetch is stubbed: each test answers with one body.
 */

function answering(status: number, body: unknown, contentType = 'application/json') {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }));
  return createApiClient({ baseUrl: 'https://api.example', getAccessToken: async () => 'token' });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const account = { AccountId: 'a', AccountNumber: '1', ReadyForPayments: true };

describe('an answer in an unexpected shape', () => {
  it.each([
    ['a field of the wrong type', { CompanyId: 'c', Accounts: [{ ...account, AccountNumber: 42 }] }, 'Accounts.0.AccountNumber: Invalid input'],
    ['a missing field', { Accounts: [] }, 'CompanyId: Invalid input'],
    ['a value the contract does not have', { CompanyId: 'c', Accounts: [{ ...account, ReadyForPayments: 'maybe' }] }, 'Accounts.0.ReadyForPayments: Invalid input'],
    ['an array for an object', { CompanyId: 'c', Accounts: [{ ...account, Aliases: [] }] }, 'Accounts.0.Aliases: Invalid input'],
    ['an array for the whole answer', [], '(the whole response): Invalid input'],
  ])('names the field, and only that it is invalid: %s', async (_, body, detail) => {
    const error = await apiFailure(answering(200, body).get('/api/v3/accounts/c', companyAccountsSchema));
    expect(error.code).toBe('unexpected_shape');
    expect(error.details.detail).toBe(detail);
  });

  it('takes any Standard Schema, and names the field from a path of plain keys too', async () => {
    const schema: Validator<{ ok: true }> = {
      '~standard': { version: 1, vendor: 'test', validate: () => ({ issues: [{ message: 'not ok', path: ['Accounts', 3, { key: 'Currency' }] }] }) },
    };
    const error = await apiFailure(answering(200, {}).get('/x', schema));
    expect(error.details.detail).toBe('Accounts.3.Currency: not ok');
  });

  it('counts a schema that would only answer later (an asynchronous check) as a failure', async () => {
    const later = v.pipeAsync(v.object({}), v.checkAsync(async () => true));
    const error = await apiFailure(answering(200, {}).get('/x', later));
    expect(error.code).toBe('unexpected_shape');
  });
});

describe('the problem details of a refusal', () => {
  const refusal = async (body: unknown, contentType = 'application/problem+json') => (await apiFailure(answering(400, body, contentType).send('/x', {}))).details;

  it('reads the detail, else the title, and the field errors', async () => {
    expect(await refusal({ title: 'Refused', detail: 'Amount too large', errors: { Amount: ['Too large'] } })).toEqual({
      status: 400,
      path: '/x',
      detail: 'Amount too large',
      errors: { Amount: ['Too large'] },
    });
    expect((await refusal({ title: 'Refused', detail: 5 })).detail).toBe('Refused');
  });

  it('keeps a field whose name an object has already (constructor, prototype), and leaves out __proto__', async () => {
    const body = JSON.parse('{"errors":{"constructor":["c"],"prototype":["p"],"__proto__":["x"],"Amount":["a"]}}') as unknown;
    const { errors } = await refusal(body);
    expect(errors && Object.entries(errors)).toEqual([
      ['constructor', ['c']],
      ['prototype', ['p']],
      ['Amount', ['a']],
    ]);
  });

  it.each([
    ['a list', []],
    ['a field whose messages are not a list', { Amount: 'Too large' }],
    ['a message that is not text', { Amount: [1] }],
  ])('reads no field errors from errors that are %s', async (_, errors) => {
    expect(await refusal({ detail: 'Refused', errors })).toEqual({ status: 400, path: '/x', detail: 'Refused' });
  });

  it('reads nothing from a body that is not a JSON object', async () => {
    expect(await refusal([{ detail: 'Refused' }])).toEqual({ status: 400, path: '/x' });
    expect(await refusal({ detail: 'Refused' }, 'text/plain')).toEqual({ status: 400, path: '/x' });
  });
});
