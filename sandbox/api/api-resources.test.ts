import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FJORDTRE_COMPANY_ID, FOREIGN_COMPANY_ID, NORDLYS_COMPANY_ID } from './demo-data.ts';
import type { BankAccountResponseWithReadiness, BankStatement, ReceivableDto } from './model.ts';
import { createTestKeys, expectResponsesFollowContract, otherTokens, startTestApi } from './test-support.ts';
import type { TestApi } from './test-support.ts';

let api: TestApi;
let approverToken = '';

beforeAll(async () => {
  const keys = await createTestKeys();
  api = await startTestApi(keys);
  approverToken = (await otherTokens(keys)).approver;
});
afterAll(() => api.close());

const json = async <T>(response: Response, status = 200): Promise<T> => {
  expect(response.status).toBe(status);
  return (await response.json()) as T;
};

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

describe('GET /api/v3/accounts/{companyId}', () => {
  it('lists the company accounts in the documented shape: GUID ids, no name, no balance', async () => {
    const body = await json<{ CompanyId: string; Accounts: BankAccountResponseWithReadiness[] }>(await api.get(`/api/v3/accounts/${NORDLYS_COMPANY_ID}`));
    expect(body.CompanyId).toBe(NORDLYS_COMPANY_ID);
    expect(body.Accounts.map((account) => account.AccountNumber)).toEqual(['12074123455', '12074123463', '12074455660']);
    expect(body.Accounts[0]).toEqual({
      AccountId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      AccountNumber: '12074123455',
      Bic: 'DNBANOKKXXX',
      Currency: 'NOK',
      AccountGroupId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      Ledger: '1920',
      Aliases: { Iban: 'NO6412074123455', PlusGirot: null, BankGirot: null, GiroKonto: null },
      ReadyForPayments: true,
    });
  });

  it('shows null Aliases, AccountGroupId and Ledger where an account has none', async () => {
    const body = await json<{ Accounts: BankAccountResponseWithReadiness[] }>(await api.get(`/api/v3/accounts/${FJORDTRE_COMPANY_ID}`));
    expect(body.Accounts.find((account) => account.AccountNumber === '15032433445')).toMatchObject({ Aliases: null, AccountGroupId: null, Ledger: null, ReadyForPayments: false });
  });

  it('answers 404 for a company id it does not know', async () => {
    await problemOf(await api.get('/api/v3/accounts/00000000-0000-4000-8000-000000000000'), 404);
  });

  it("answers 403 for another user's company, which that user may see", async () => {
    await problemOf(await api.get(`/api/v3/accounts/${FOREIGN_COMPANY_ID}`), 403);
    expect((await api.get(`/api/v3/accounts/${FOREIGN_COMPANY_ID}`, { Authorization: `Bearer ${approverToken}` })).status).toBe(200);
  });

  it('answers 400 naming companyId when it is not a GUID', async () => {
    const problem = await problemOf(await api.get('/api/v3/accounts/100001'), 400);
    expect(Object.keys(problem.errors ?? {})).toEqual(['companyId']);
  });
});

describe('GET /api/v3/statements/{companyId}', () => {
  const statements = async (query = ''): Promise<BankStatement[]> =>
    (await json<{ Statements: BankStatement[] }>(await api.get(`/api/v3/statements/${NORDLYS_COMPANY_ID}${query}`))).Statements;

  it('returns aggregated entries with offsets on every date-time, null fields, TransactionCount and details links', async () => {
    const all = await statements();
    expect(all.length).toBeGreaterThan(100);
    for (const entry of all) {
      expect(entry.BookingDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}\+0[12]:00$/);
      expect(entry.ValueDate).toMatch(/\+0[12]:00$/);
      expect(entry.TransactionCount).toBeGreaterThanOrEqual(1);
      expect(entry.Links === null).toBe(entry.TransactionCount === 1);
    }
    expect(all.some((entry) => entry.AmountCurrency === null)).toBe(true);
    expect(all.some((entry) => entry.Description === null)).toBe(true);
    expect(all.some((entry) => entry.TransactionCount > 1 && entry.Links?.[0]?.Rel === 'details')).toBe(true);
  });

  it('filters by account number, and by booking time between fromDate and toDate', async () => {
    const eur = await statements('?accountNo=12074455660');
    expect(eur.length).toBeGreaterThan(0);
    expect(new Set(eur.map((entry) => entry.AccountNumber))).toEqual(new Set(['12074455660']));

    const from = '2025-06-09T00:00:00+02:00';
    const to = '2025-06-16T23:59:59.9999999+02:00';
    const week = await statements(`?fromDate=${encodeURIComponent(from)}&toDate=${encodeURIComponent(to)}`);
    expect(week.length).toBeGreaterThan(0);
    for (const entry of week) expect(entry.BookingDate.slice(0, 10) >= '2025-06-09').toBe(true);
  });

  it('filters on state 0, 1 and 2, which together are all entries', async () => {
    const counts = await Promise.all([0, 1, 2].map(async (state) => (await statements(`?state=${state}`)).length));
    for (const count of counts) expect(count).toBeGreaterThan(0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe((await statements()).length);
  });

  it('answers 400 when only one of fromDate and toDate is sent', async () => {
    const onlyFrom = await problemOf(await api.get(`/api/v3/statements/${NORDLYS_COMPANY_ID}?fromDate=2025-06-01T00:00:00%2B02:00`), 400);
    expect(Object.keys(onlyFrom.errors ?? {})).toEqual(['toDate']);
    const onlyTo = await problemOf(await api.get(`/api/v3/statements/${NORDLYS_COMPANY_ID}?toDate=2025-06-01T00:00:00Z`), 400);
    expect(Object.keys(onlyTo.errors ?? {})).toEqual(['fromDate']);
  });

  it('answers 400 for a date without a time, fromDate after toDate, and a state outside 0-2', async () => {
    await problemOf(await api.get(`/api/v3/statements/${NORDLYS_COMPANY_ID}?fromDate=2025-06-01&toDate=2025-06-10`), 400);
    await problemOf(await api.get(`/api/v3/statements/${NORDLYS_COMPANY_ID}?fromDate=2025-06-10T00:00:00Z&toDate=2025-06-01T00:00:00Z`), 400);
    await problemOf(await api.get(`/api/v3/statements/${NORDLYS_COMPANY_ID}?state=3`), 400);
  });

  it("answers 403 for another user's company", async () => {
    await problemOf(await api.get(`/api/v3/statements/${FOREIGN_COMPANY_ID}`), 403);
  });
});

describe('GET /api/v3/receivables/{companyId}/{state}', () => {
  interface Receivables {
    State: number;
    Receivables: ReceivableDto[];
    Total: number;
  }

  it('has receivables in each InpaymentState, errors with a message', async () => {
    for (const state of [0, 1, 2]) {
      const body = await json<Receivables>(await api.get(`/api/v3/receivables/${NORDLYS_COMPANY_ID}/${state}`));
      expect(body.State).toBe(state);
      expect(body.Total).toBeGreaterThan(0);
      for (const receivable of body.Receivables) expect(receivable.ErrorMessage === null).toBe(state !== 2);
    }
  });

  it('pages with skip and take, Total counting every page', async () => {
    const all = await json<Receivables>(await api.get(`/api/v3/receivables/${NORDLYS_COMPANY_ID}/1`));
    const page = await json<Receivables>(await api.get(`/api/v3/receivables/${NORDLYS_COMPANY_ID}/1?skip=2&take=3`));
    expect(page.Total).toBe(all.Total);
    expect(page.Receivables).toEqual(all.Receivables.slice(2, 5));
  });

  it('answers 400 for a state outside 0-2 and for take 0', async () => {
    await problemOf(await api.get(`/api/v3/receivables/${NORDLYS_COMPANY_ID}/3`), 400);
    await problemOf(await api.get(`/api/v3/receivables/${NORDLYS_COMPANY_ID}/0?take=0`), 400);
  });
});

describe('contract', () => {
  it('answered every request above as bankservice-v3.openapi.yaml says, nullable fields and enums included', () => {
    expectResponsesFollowContract(api, 20);
  });
});
