import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FJORDTRE_COMPANY_ID, FOREIGN_COMPANY_ID, NORDLYS_COMPANY_ID } from './demo-data.ts';
import type { DismissPaymentsResponse, PaymentApproveResponse, PaymentsByMessageResponse } from './model.ts';
import { createTestKeys, expectResponsesFollowContract, otherTokens, startTestApi, TODAY } from './test-support.ts';
import type { TestApi } from './test-support.ts';

let api: TestApi;
let approver: Record<string, string> = {};
let client: Record<string, string> = {};

beforeAll(async () => {
  const keys = await createTestKeys();
  api = await startTestApi(keys);
  const tokens = await otherTokens(keys);
  approver = { Authorization: `Bearer ${tokens.approver}` };
  client = { Authorization: `Bearer ${tokens.client}` };
});
afterAll(() => api.close());

const NOK_ACCOUNT = '12074123455';
const NOT_READY_ACCOUNT = '12074123463';
const CREDITOR = { Name: 'Kontorservice Norge AS', CountryCode: 'NO', AccountNumber: '86011117947', Bic: null };

const line = (overrides: Record<string, unknown> = {}) => ({
  ExecutionDate: TODAY,
  SourceReference: 'Faktura 4711',
  Amount: 1250.5,
  Currency: 'NOK',
  StructuredReference: null,
  Description: 'Faktura 4711',
  Creditor: CREDITOR,
  ...overrides,
});

const body = (overrides: Record<string, unknown> = {}) => ({
  MessageId: randomUUID(),
  AccountNumber: NOK_ACCOUNT,
  PaymentLines: [line(), line({ SourceReference: 'Faktura 4712', Amount: 99, Description: null, StructuredReference: '79927398713', ExecutionDate: '2025-07-01T00:00:00+02:00' })],
  ...overrides,
});

const submit = (payload: unknown, headers: Record<string, string> = {}, companyId = NORDLYS_COMPANY_ID): Promise<Response> =>
  api.post(`/api/v3/payments/${companyId}`, payload, { 'Content-Type': 'application/json-patch+json', ...headers });

async function submitted(headers: Record<string, string> = {}, companyId = NORDLYS_COMPANY_ID): Promise<string> {
  const payload = body();
  expect((await submit(payload, headers, companyId)).status).toBe(200);
  return payload.MessageId;
}

const statusOf = async (messageId: string, headers: Record<string, string> = {}): Promise<PaymentsByMessageResponse> => {
  const response = await api.get(`/api/v3/payments/${messageId}`, headers);
  expect(response.status).toBe(200);
  return (await response.json()) as PaymentsByMessageResponse;
};

interface Problem {
  status: number;
  errors?: Record<string, string[]>;
}

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  return (await response.json()) as Problem;
}

const fieldsOf = async (response: Response): Promise<string[]> => Object.keys((await problemOf(response, 400)).errors ?? {}).sort();

describe('POST /api/v3/payments/{companyId}', () => {
  it('queues a two-line message for approval and answers with its status, which GET by MessageId repeats', async () => {
    const payload = body();
    const response = await submit(payload);
    expect(response.status).toBe(200);
    const created = (await response.json()) as PaymentsByMessageResponse;
    expect(created.Total).toBe(2);
    expect(created.Payments.map((payment) => [payment.SourceReference, payment.Status, payment.Message, payment.Links])).toEqual([
      ['Faktura 4711', 1, null, null],
      ['Faktura 4712', 1, null, null],
    ]);
    expect(created.Payments[0]?.ExecutionDate).toBe(`${TODAY}T00:00:00.0000000+02:00`);
    expect(created.Payments[1]?.ExecutionDate).toBe('2025-07-01T00:00:00+02:00');
    expect(created.Links).toEqual([{ Rel: 'first', Method: 'GET', Href: `${api.url}/api/v3/payments/${payload.MessageId}?skip=0&take=100` }]);
    expect(await statusOf(payload.MessageId)).toEqual(created);
  });

  it('takes application/json as well as the documented application/json-patch+json, and refuses text/plain with 415', async () => {
    expect((await submit(body(), { 'Content-Type': 'application/json' })).status).toBe(200);
    await problemOf(await submit(JSON.stringify(body()), { 'Content-Type': 'text/plain' }), 415);
  });

  it('refuses a second POST with a known MessageId with 409, in any company, and creates nothing', async () => {
    const payload = body();
    expect((await submit(payload)).status).toBe(200);
    await problemOf(await submit(payload), 409);
    await problemOf(await submit({ ...payload, AccountNumber: '15032877114' }, {}, FJORDTRE_COMPANY_ID), 409);
    expect((await statusOf(payload.MessageId)).Total).toBe(2);
  });

  it('does not de-duplicate by Idempotency-Key: two messages with one key are two messages', async () => {
    const key = { 'Idempotency-Key': randomUUID() };
    const first = body();
    const second = body();
    expect((await submit(first, key)).status).toBe(200);
    expect((await submit(second, key)).status).toBe(200);
    expect((await statusOf(first.MessageId)).Total).toBe(2);
    expect((await statusOf(second.MessageId)).Total).toBe(2);
  });

  it('answers 400 naming AccountNumber when the debit account is not the company’s, or not ready for payments', async () => {
    expect(await fieldsOf(await submit(body({ AccountNumber: '15032877114' })))).toEqual(['AccountNumber']);
    expect(await fieldsOf(await submit(body({ AccountNumber: NOT_READY_ACCOUNT })))).toEqual(['AccountNumber']);
  });

  it('answers 400 naming the line whose currency is not the debit account’s', async () => {
    expect(await fieldsOf(await submit(body({ AccountNumber: '12074455660' })))).toEqual(['PaymentLines[0].Currency', 'PaymentLines[1].Currency']);
  });

  it('answers 400 naming every wrong field at once', async () => {
    const fields = await fieldsOf(
      await submit(
        body({
          PaymentLines: [
            line({ Creditor: { ...CREDITOR, AccountNumber: '86011117948' }, ExecutionDate: '2025-06-15', StructuredReference: '79927398713' }),
            line({ Amount: 0, Currency: 'nok', Creditor: undefined }),
          ],
        }),
      ),
    );
    expect(fields).toEqual([
      'PaymentLines[0].Creditor.AccountNumber',
      'PaymentLines[0].ExecutionDate',
      'PaymentLines[0].StructuredReference',
      'PaymentLines[1].Amount',
      'PaymentLines[1].Creditor',
      'PaymentLines[1].Currency',
    ]);
  });

  it('answers 400 for the body this project once invented (DebitAccountNo, Payments)', async () => {
    const fields = await fieldsOf(await submit({ DebitAccountNo: NOK_ACCOUNT, Payments: [] }));
    expect(fields).toEqual(['AccountNumber', 'DebitAccountNo', 'MessageId', 'PaymentLines', 'Payments']);
  });

  it("answers 403 for another user's company", async () => {
    await problemOf(await submit(body({ AccountNumber: '15943128879' }), {}, FOREIGN_COMPANY_ID), 403);
  });
});

describe('GET /api/v3/payments/{messageId}', () => {
  it('pages with skip and take, with first, previous and next links', async () => {
    const payload = body({ PaymentLines: [line(), line(), line()] });
    expect((await submit(payload)).status).toBe(200);
    const page = (await (await api.get(`/api/v3/payments/${payload.MessageId}?skip=1&take=1`)).json()) as PaymentsByMessageResponse;
    expect(page.Total).toBe(3);
    expect(page.Payments).toHaveLength(1);
    expect(page.Links?.map((link) => [link.Rel, new URL(link.Href ?? '').search])).toEqual([
      ['first', '?skip=0&take=1'],
      ['previous', '?skip=0&take=1'],
      ['next', '?skip=2&take=1'],
    ]);
  });

  it("answers 404 for an unknown MessageId, and for a message of a company the user may not see", async () => {
    await problemOf(await api.get(`/api/v3/payments/${randomUUID()}`), 404);
    const foreign = body({ AccountNumber: '15943128879' });
    expect((await submit(foreign, approver, FOREIGN_COMPANY_ID)).status).toBe(200);
    await problemOf(await api.get(`/api/v3/payments/${foreign.MessageId}`), 404);
  });
});

const approve = async (messageId: string, headers: Record<string, string> = {}): Promise<[number, PaymentApproveResponse]> => {
  const response = await api.put(`/api/v3/payments/${messageId}/approve`, undefined, headers);
  return [response.status, (await response.json()) as PaymentApproveResponse];
};

const dismiss = async (messageId: string, reason?: string, headers: Record<string, string> = {}): Promise<[number, DismissPaymentsResponse]> => {
  const response = await api.put(`/api/v3/payments/${messageId}/dismiss`, reason === undefined ? undefined : { Reason: reason }, headers);
  return [response.status, (await response.json()) as DismissPaymentsResponse];
};

describe('PUT /api/v3/payments/{messageId}/approve', () => {
  it('refuses the submitter (4), lets another user complete the approval (2), then reports it complete (6)', async () => {
    const messageId = await submitted();
    expect(await approve(messageId)).toEqual([400, { Status: 4, ApprovalsRemaining: 1, Success: false, Message: expect.any(String) }]);
    expect(await approve(messageId, approver)).toEqual([200, { Status: 2, ApprovalsRemaining: 0, Success: true, Message: expect.any(String) }]);
    expect((await statusOf(messageId)).Payments.map((payment) => payment.Status)).toEqual([3, 3]);
    expect((await approve(messageId, approver))[1]).toMatchObject({ Status: 6, Success: false });
  });

  it("needs two users for a client's own submission: the first waits (3), the same user again is refused (0)", async () => {
    const messageId = await submitted(client);
    expect(await approve(messageId)).toEqual([200, { Status: 3, ApprovalsRemaining: 1, Success: true, Message: expect.any(String) }]);
    expect((await approve(messageId))[1]).toMatchObject({ Status: 0, ApprovalsRemaining: 1, Success: false });
    expect((await approve(messageId, approver))[1]).toMatchObject({ Status: 2, ApprovalsRemaining: 0, Success: true });
  });

  it('refuses a client token with 403, and answers 404 for an unknown message', async () => {
    const messageId = await submitted();
    await problemOf(await api.put(`/api/v3/payments/${messageId}/approve`, undefined, client), 403);
    await problemOf(await api.put(`/api/v3/payments/${randomUUID()}/approve`), 404);
  });
});

describe('PUT /api/v3/payments/{messageId}/dismiss', () => {
  it('dismisses every payment with the reason as their Message (2), then says it is already dismissed (4)', async () => {
    const messageId = await submitted();
    expect(await dismiss(messageId, 'Wrong amount')).toEqual([200, { Status: 2, Success: true, Message: expect.any(String) }]);
    expect((await statusOf(messageId)).Payments.map((payment) => [payment.Status, payment.Message])).toEqual([
      [2, 'Wrong amount'],
      [2, 'Wrong amount'],
    ]);
    expect((await dismiss(messageId))[1]).toMatchObject({ Status: 4, Success: false });
  });

  it('dismisses without a body, refuses one that has gone on to the bank (5), and one the user approved (0)', async () => {
    expect((await dismiss(await submitted()))[0]).toBe(200);
    const approved = await submitted();
    await approve(approved, approver);
    expect((await dismiss(approved))[1]).toMatchObject({ Status: 5, Success: false });
    const halfApproved = await submitted(client);
    await approve(halfApproved, approver);
    expect((await dismiss(halfApproved, 'No', approver))[1]).toMatchObject({ Status: 0, Success: false });
  });

  it('refuses a client token with 403', async () => {
    await problemOf(await api.put(`/api/v3/payments/${await submitted()}/dismiss`, { Reason: null }, client), 403);
  });
});

describe('contract', () => {
  it('answered every request above as bankservice-v3.openapi.yaml says', () => {
    expectResponsesFollowContract(api, 40);
  });

  it('saw no request of these tests break the contract except the ones meant to', () => {
    const broken = api.contract.report().violations.filter((violation) => violation.direction === 'request');
    // The deliberately bad bodies and media type, and nothing else.
    expect(broken.length).toBeGreaterThan(0);
    for (const violation of broken) expect(`${violation.method} ${violation.path} ${violation.status ?? ''}`).toMatch(/^POST \/api\/v3\/payments\/\{companyId\} 4(00|15)$/);
  });
});
