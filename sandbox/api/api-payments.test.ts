import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Payment, PaymentMessage } from './model.ts';
import { createTestKeys, startTestApi, TODAY } from './test-support.ts';
import type { TestApi } from './test-support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(await createTestKeys());
});
afterAll(() => api.close());

const NOK_ACCOUNT = '12074123455';
const NOT_READY_ACCOUNT = '12074123463';

const validBody = (overrides: Record<string, unknown> = {}) => ({
  DebitAccountNo: NOK_ACCOUNT,
  Payments: [
    { CreditAccountNo: '86011117947', CreditorName: 'Kontorservice Norge AS', Amount: 1250.5, Currency: 'NOK', DueDate: TODAY, Message: 'Faktura 4711' },
    { CreditAccountNo: '86011117947', CreditorName: 'Kontorservice Norge AS', Amount: 99, Currency: 'NOK', DueDate: '2025-07-01', Kid: '79927398713' },
  ],
  ...overrides,
});

/** `key: null` sends no Idempotency-Key. */
const submit = (body: unknown, key: string | null = randomUUID(), companyId = '100001'): Promise<Response> =>
  api.post(`/api/v3/payments/${companyId}`, body, key === null ? {} : { 'Idempotency-Key': key });

async function paymentCount(companyId = '100001'): Promise<number> {
  return ((await (await api.get(`/api/v3/companies/${companyId}/payments?take=1`)).json()) as Page<Payment>).Total;
}

interface Problem {
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
}

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  return (await response.json()) as Problem;
}

describe('POST /api/v3/payments/{companyId}', () => {
  it('creates a message of submitted payments, with Location, and lists them first', async () => {
    const before = await paymentCount();
    const response = await submit(validBody());
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
    const message = (await response.json()) as PaymentMessage;
    expect(response.headers.get('location')).toBe(`${api.url}/api/v3/payments/${message.MessageId}`);
    expect(message.Payments).toHaveLength(2);
    expect(message.Payments[0]).toEqual({
      PaymentId: expect.any(String),
      MessageId: message.MessageId,
      CompanyId: '100001',
      DebitAccountNo: NOK_ACCOUNT,
      CreditAccountNo: '86011117947',
      CreditorName: 'Kontorservice Norge AS',
      Amount: 1250.5,
      Currency: 'NOK',
      DueDate: TODAY,
      Message: 'Faktura 4711',
      Kid: null,
      Status: 0,
      CreatedAt: '2025-06-16T08:00:00.000Z',
    });
    expect(message.Payments[1]).toMatchObject({ Kid: '79927398713', Message: null, Status: 0 });

    expect(await paymentCount()).toBe(before + 2);
    const list = (await (await api.get('/api/v3/companies/100001/payments?take=2')).json()) as Page<Payment>;
    expect(list.Items).toEqual(message.Payments);
    const byMessage = (await (await api.get(`/api/v3/payments/${message.MessageId}`)).json()) as Page<Payment>;
    expect(byMessage.Items).toEqual(message.Payments);
  });

  it('replays the stored response for the same key and body and creates nothing', async () => {
    const key = randomUUID();
    const first = (await (await submit(validBody(), key)).json()) as PaymentMessage;
    const count = await paymentCount();
    const again = await submit(validBody(), key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(`${api.url}/api/v3/payments/${first.MessageId}`);
    expect(await again.json()).toEqual(first);
    expect(await paymentCount()).toBe(count);
  });

  it('treats a body with its keys in another order as the same body', async () => {
    const key = randomUUID();
    const first = (await (await submit(validBody(), key)).json()) as PaymentMessage;
    const { DebitAccountNo, Payments } = validBody();
    const reordered = await submit({ Payments, DebitAccountNo }, key);
    expect(reordered.headers.get('idempotent-replayed')).toBe('true');
    expect(((await reordered.json()) as PaymentMessage).MessageId).toBe(first.MessageId);
  });

  it('answers 422 when the same key comes with a different body', async () => {
    const key = randomUUID();
    expect((await submit(validBody(), key)).status).toBe(201);
    const count = await paymentCount();
    const problem = await problemOf(await submit(validBody({ DebitAccountNo: '12074455660' }), key), 422);
    expect(problem.detail).toContain(key);
    expect(await paymentCount()).toBe(count);
  });

  it('creates exactly one message when two identical requests arrive at once', async () => {
    const key = randomUUID();
    const before = await paymentCount();
    const responses = await Promise.all([submit(validBody(), key), submit(validBody(), key)]);
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    const messages = (await Promise.all(responses.map((response) => response.json()))) as PaymentMessage[];
    expect(messages[0]?.MessageId).toBe(messages[1]?.MessageId);
    expect(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true')).toHaveLength(1);
    expect(await paymentCount()).toBe(before + 2);
  });

  it('lets a key be reused after its request was refused, so the client can fix the body', async () => {
    const key = randomUUID();
    await problemOf(await submit(validBody({ Payments: [] }), key), 400);
    expect((await submit(validBody(), key)).status).toBe(201);
  });

  it('answers 400 naming the header when Idempotency-Key is missing', async () => {
    const problem = await problemOf(await submit(validBody(), null), 400);
    expect(Object.keys(problem.errors ?? {})).toEqual(['Idempotency-Key']);
    expect(problem.detail).toMatch(/^Idempotency-Key header is required/);
  });

  it('answers 400 with every invalid field by its path, the first named in detail', async () => {
    const body = {
      DebitAccountNo: NOK_ACCOUNT,
      Payments: [
        { CreditAccountNo: '86011117948', CreditorName: '', Amount: -5, Currency: 'NOK', DueDate: '2025-06-15' },
        { CreditAccountNo: 'NO9386011117947', CreditorName: 'Ok AS', Amount: 10.005, Currency: 'NOK', DueDate: '2025-02-30', amount: 1 },
        { CreditorName: 'Ok AS', Amount: '10', Currency: 'NOK', DueDate: TODAY, Message: 'Hi', Kid: '79927398713' },
      ],
    };
    const problem = await problemOf(await submit(body), 400);
    expect(problem.errors).toEqual({
      'Payments[0].CreditAccountNo': ['has a wrong check digit (MOD11)'],
      'Payments[0].CreditorName': ['must not be empty'],
      'Payments[0].Amount': ['must be greater than 0'],
      'Payments[0].DueDate': [`must be today (${TODAY}) or later`],
      'Payments[1].Amount': ['must have at most 2 decimals'],
      'Payments[1].DueDate': ['must be a date as YYYY-MM-DD'],
      'Payments[1].amount': ['is not a known field'],
      'Payments[2].CreditAccountNo': ['is required'],
      'Payments[2].Amount': ['must be a number'],
      'Payments[2].Kid': ['cannot be combined with Message: a payment carries either a KID or a message'],
    });
    expect(problem.detail).toMatch(/^Payments\[0\]\.CreditAccountNo has a wrong check digit/);
  });

  it('answers 400 naming the field when a payment currency differs from the debit account', async () => {
    const body = validBody();
    const problem = await problemOf(await submit({ ...body, Payments: [{ ...body.Payments[0], Currency: 'EUR' }] }), 400);
    expect(problem.errors).toEqual({ 'Payments[0].Currency': ['must be NOK, the currency of the debit account'] });
  });

  it('answers 400 naming the missing fields of an empty object', async () => {
    const problem = await problemOf(await submit({}), 400);
    expect(problem.errors).toEqual({ DebitAccountNo: ['is required'], Payments: ['is required'] });
  });

  it('answers 422 when the debit account is not the company’s', async () => {
    const problem = await problemOf(await submit(validBody({ DebitAccountNo: '15032877114' })), 422);
    expect(problem.detail).toMatch(/not an account of Nordlys Demo AS/);
  });

  it('answers 422 when the debit account is not ready for payments', async () => {
    const problem = await problemOf(await submit(validBody({ DebitAccountNo: NOT_READY_ACCOUNT })), 422);
    expect(problem.detail).toMatch(/not ready for payments/);
  });

  it('answers 404 for a company that is not the user’s', async () => {
    await problemOf(await submit(validBody(), randomUUID(), '999999'), 404);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const problem = await problemOf(await submit('{"DebitAccountNo": '), 400);
    expect(problem.detail).toMatch(/not valid JSON/);
  });

  it('answers 415 for a body that is not declared as JSON', async () => {
    await problemOf(await api.post('/api/v3/payments/100001', JSON.stringify(validBody()), { 'Content-Type': 'text/plain', 'Idempotency-Key': randomUUID() }), 415);
  });

  it('answers 413 for a body over 100 kB', async () => {
    const huge = validBody({ Padding: 'x'.repeat(110 * 1024) });
    await problemOf(await submit(huge), 413);
  });
});
