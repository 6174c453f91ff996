import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account, Company, Page, Payment, StatementEntry, User } from './model.ts';
import { createTestKeys, startTestApi, TODAY } from './test-support.ts';
import type { TestApi } from './test-support.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(await createTestKeys());
});
afterAll(() => api.close());

async function getJson<T>(path: string): Promise<T> {
  const response = await api.get(path);
  expect(response.status, `GET ${path}`).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as T;
}

async function getFieldErrors(path: string): Promise<{ detail: string; errors: Record<string, string[]> }> {
  const response = await api.get(path);
  expect(response.status, `GET ${path}`).toBe(400);
  return (await response.json()) as { detail: string; errors: Record<string, string[]> };
}

const linkOf = (page: Page<unknown>, rel: string): string | undefined => page.Links.find((link) => link.Rel === rel)?.Href;

describe('GET /api/v3/user', () => {
  it('names the token subject and the companies the user may see', async () => {
    const user = await getJson<User>('/api/v3/user');
    expect(user).toEqual({ UserId: 'demo-user-1', Name: 'Demo User', Email: 'demo@example.com', CompanyIds: ['100001', '100002'] });
  });
});

describe('GET /api/v3/companies', () => {
  it('pages the two demo companies with absolute links', async () => {
    const page = await getJson<Page<Company>>('/api/v3/companies');
    expect(page).toMatchObject({ Total: 2, Skip: 0, Take: 100 });
    expect(page.Items.map((company) => company.CompanyId)).toEqual(['100001', '100002']);
    expect(page.Items[0]).toEqual({ CompanyId: '100001', Name: 'Nordlys Demo AS', OrganizationNumber: '924567899', Country: 'NO' });
    expect(page.Links.map((link) => link.Rel)).toEqual(['self', 'first', 'last']);
    expect(linkOf(page, 'self')).toBe(`${api.url}/api/v3/companies?skip=0&take=100`);
  });
});

describe('GET /api/v3/companies/{companyId}/accounts', () => {
  it('lists the company accounts with NOK and EUR and one not ready for payments', async () => {
    const page = await getJson<Page<Account>>('/api/v3/companies/100001/accounts');
    expect(page.Total).toBe(3);
    expect(page.Items[0]).toEqual({
      CompanyId: '100001',
      AccountNo: '12074123455',
      Iban: 'NO6412074123455',
      Bic: 'DNBANOKKXXX',
      Name: 'Driftskonto',
      Currency: 'NOK',
      Balance: expect.any(Number),
      ReadyForPayments: true,
    });
    expect(page.Items.map((account) => account.Currency)).toContain('EUR');
    expect(page.Items.some((account) => !account.ReadyForPayments)).toBe(true);
  });

  it('answers 404 for a company that is not the user’s', async () => {
    const response = await api.get('/api/v3/companies/999999/accounts');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });

  it('serves one account, and 404 for an account of another company', async () => {
    expect(await getJson<Account>('/api/v3/companies/100001/accounts/12074455660')).toMatchObject({ Currency: 'EUR' });
    expect((await api.get('/api/v3/companies/100001/accounts/15032877114')).status).toBe(404);
  });
});

describe('GET /api/v3/statements/{companyId}', () => {
  it('pages a few hundred entries newest first with next and last links', async () => {
    const page = await getJson<Page<StatementEntry>>('/api/v3/statements/100001');
    expect(page.Total).toBeGreaterThan(200);
    expect(page.Items).toHaveLength(100);
    expect(page.Items[0]?.BookingDate).toBe(TODAY);
    const dates = page.Items.map((entry) => entry.BookingDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.Links.map((link) => link.Rel)).toEqual(['self', 'first', 'next', 'last']);
    expect(linkOf(page, 'next')).toBe(`${api.url}/api/v3/statements/100001?skip=100&take=100`);
    expect(linkOf(page, 'last')).toBe(`${api.url}/api/v3/statements/100001?skip=${Math.floor((page.Total - 1) / 100) * 100}&take=100`);
    expect(page.Items[0]).toEqual({
      EntryId: expect.any(String),
      CompanyId: '100001',
      AccountNo: expect.stringMatching(/^\d{11}$/),
      BookingDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      ValueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      Amount: expect.any(Number),
      Currency: expect.stringMatching(/^(NOK|EUR)$/),
      Description: expect.any(String),
      Counterparty: expect.any(String),
      Reference: expect.any(String),
      State: expect.stringMatching(/^(Booked|Pending)$/),
    });
  });

  it('keeps the filters in the paging links and gives prev and next in the middle', async () => {
    const page = await getJson<Page<StatementEntry>>('/api/v3/statements/100001?accountNo=12074123455&skip=20&take=10');
    expect(page).toMatchObject({ Skip: 20, Take: 10 });
    expect(page.Items).toHaveLength(10);
    expect(linkOf(page, 'prev')).toBe(`${api.url}/api/v3/statements/100001?accountNo=12074123455&skip=10&take=10`);
    expect(linkOf(page, 'next')).toBe(`${api.url}/api/v3/statements/100001?accountNo=12074123455&skip=30&take=10`);
  });

  it('has the remaining entries and no next link on the last page', async () => {
    const first = await getJson<Page<StatementEntry>>('/api/v3/statements/100001?take=1000');
    const last = await getJson<Page<StatementEntry>>(`/api/v3/statements/100001?skip=${first.Total - 3}&take=5`);
    expect(last.Items).toEqual(first.Items.slice(-3));
    expect(last.Links.map((link) => link.Rel)).toEqual(['self', 'first', 'prev', 'last']);
  });

  it('filters by account, date range and state', async () => {
    const page = await getJson<Page<StatementEntry>>('/api/v3/statements/100001?accountNo=12074455660&fromDate=2025-05-01&toDate=2025-05-31&state=Booked&take=1000');
    expect(page.Total).toBeGreaterThan(0);
    for (const entry of page.Items) {
      expect(entry).toMatchObject({ AccountNo: '12074455660', Currency: 'EUR', State: 'Booked' });
      expect(entry.BookingDate >= '2025-05-01' && entry.BookingDate <= '2025-05-31').toBe(true);
    }
    const pending = await getJson<Page<StatementEntry>>('/api/v3/statements/100002?state=Pending');
    expect(pending.Total).toBeGreaterThan(0);
    expect(pending.Items.every((entry) => entry.State === 'Pending')).toBe(true);
  });

  it.each([
    ['fromDate=2025-02-30', 'fromDate', /YYYY-MM-DD/],
    ['toDate=yesterday', 'toDate', /YYYY-MM-DD/],
    ['fromDate=2025-06-10&toDate=2025-06-01', 'fromDate', /after toDate/],
    ['accountNo=15032877114', 'accountNo', /not an account of company 100001/],
    ['accountNo=123', 'accountNo', /11 digits/],
    ['state=booked', 'state', /Booked or Pending/],
    ['take=0', 'take', /1 to 1000/],
    ['take=1001', 'take', /1 to 1000/],
    ['take=ten', 'take', /1 to 1000/],
    ['skip=-1', 'skip', /0 or more/],
    ['skip=1.5', 'skip', /0 or more/],
  ])('answers 400 for %s, naming %s', async (query, field, message) => {
    const problem = await getFieldErrors(`/api/v3/statements/100001?${query}`);
    expect(Object.keys(problem.errors)).toEqual([field]);
    expect(problem.errors[field]?.[0]).toMatch(message);
    expect(problem.detail.startsWith(`${field} `)).toBe(true);
  });

  it('answers 404 for another company’s statements', async () => {
    expect((await api.get('/api/v3/statements/555')).status).toBe(404);
  });
});

describe('GET /api/v3/companies/{companyId}/payments', () => {
  it('lists payments in every status 0 to 8, newest first', async () => {
    const page = await getJson<Page<Payment>>('/api/v3/companies/100001/payments');
    expect(new Set(page.Items.map((payment) => payment.Status))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]));
    const created = page.Items.map((payment) => payment.CreatedAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(page.Items[0]).toEqual({
      PaymentId: expect.any(String),
      MessageId: expect.any(String),
      CompanyId: '100001',
      DebitAccountNo: expect.stringMatching(/^\d{11}$/),
      CreditAccountNo: expect.any(String),
      CreditorName: expect.any(String),
      Amount: expect.any(Number),
      Currency: expect.stringMatching(/^(NOK|EUR)$/),
      DueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      Message: page.Items[0]?.Kid === null ? expect.any(String) : null,
      Kid: page.Items[0]?.Message === null ? expect.stringMatching(/^\d+$/) : null,
      Status: expect.any(Number),
      CreatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
  });

  it('filters by status', async () => {
    const page = await getJson<Page<Payment>>('/api/v3/companies/100002/payments?status=7');
    expect(page.Total).toBeGreaterThan(0);
    expect(page.Items.every((payment) => payment.Status === 7)).toBe(true);
  });

  it('answers 400 naming status for a status outside 0 to 8', async () => {
    const problem = await getFieldErrors('/api/v3/companies/100002/payments?status=9');
    expect(Object.keys(problem.errors)).toEqual(['status']);
  });
});

describe('GET /api/v3/payments/{messageId}', () => {
  it('pages the payments of one message', async () => {
    const all = await getJson<Page<Payment>>('/api/v3/companies/100002/payments');
    const messageId = all.Items[0]?.MessageId ?? '';
    const page = await getJson<Page<Payment>>(`/api/v3/payments/${messageId}?take=1`);
    expect(page.Total).toBe(all.Items.filter((payment) => payment.MessageId === messageId).length);
    expect(page.Items).toHaveLength(1);
    expect(page.Items[0]?.MessageId).toBe(messageId);
  });

  it('answers 404 problem for an unknown message', async () => {
    const response = await api.get('/api/v3/payments/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, detail: expect.stringContaining('00000000-0000-4000-8000-000000000000') });
  });
});
