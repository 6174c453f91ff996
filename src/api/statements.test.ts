import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { statementPageSchema, statementSearch } from './statements';

// Copied from the sandbox's demo data (sandbox/api/demo-data.ts).
const entry = {
  EntryId: '01aa3be9-0682-459e-851d-7810da511b33',
  CompanyId: '100001',
  AccountNo: '12074455660',
  BookingDate: '2025-06-16',
  ValueDate: '2025-06-16',
  Amount: -24.82,
  Currency: 'EUR',
  Description: 'Currency fee',
  Counterparty: 'Banken',
  Reference: 'SWIFT',
  State: 'Booked',
};
const page = { Items: [entry, { ...entry, EntryId: 'e2', Amount: 1250, State: 'Pending' }], Total: 274, Skip: 50, Take: 50, Links: [{ Rel: 'prev', Href: 'http://localhost:5002/api/v3/statements/100001?skip=0&take=50' }] };

describe('statement schema', () => {
  it('accepts a page of entries as the sandbox sends it', () => {
    const parsed = statementPageSchema.parse(page);
    expect(parsed.Total).toBe(274);
    expect(parsed.Items.map((item) => [item.Amount, item.State])).toEqual([
      [-24.82, 'Booked'],
      [1250, 'Pending'],
    ]);
  });

  it('refuses an unknown state, naming the field', () => {
    const result = statementPageSchema.safeParse({ ...page, Items: [{ ...entry, State: 'Reserved' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain('Items[0].State');
  });

  it('refuses a page without its total, naming the field', () => {
    const result = statementPageSchema.safeParse({ ...page, Total: undefined });
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain('Total');
  });
});

describe('statementSearch', () => {
  it('sends the account, the dates, the state and the page', () => {
    const search = statementSearch({ accountNo: '12074123455', fromDate: '2025-05-18', toDate: '2025-06-16', state: 'Booked', skip: 50, take: 50 });
    expect(search.toString()).toBe('accountNo=12074123455&fromDate=2025-05-18&toDate=2025-06-16&state=Booked&skip=50&take=50');
  });

  it('leaves the state out to get both', () => {
    expect(statementSearch({ accountNo: '12074123455', fromDate: '2025-05-18', toDate: '2025-06-16', skip: 0, take: 50 }).has('state')).toBe(false);
  });
});
