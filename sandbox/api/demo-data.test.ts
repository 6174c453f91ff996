import { describe, expect, it } from 'vitest';
import { isNorwegianAccountNo, isOrganizationNumber, isValidIban } from './bank-numbers.ts';
import { addDays } from './calendar.ts';
import { generateDemoData } from './demo-data.ts';
import { PAYMENT_STATUSES } from './model.ts';

const TODAY = '2025-06-16';
const data = generateDemoData(TODAY);

const hasTwoDecimalsAtMost = (amount: number): boolean => Number.isInteger(Math.round(amount * 100)) && Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;

describe('demo data', () => {
  it('is the same for the same day', () => {
    expect(generateDemoData(TODAY)).toEqual(data);
  });

  it('has two companies with valid organisation numbers', () => {
    expect(data.companies).toHaveLength(2);
    for (const company of data.companies) expect(isOrganizationNumber(company.OrganizationNumber)).toBe(true);
  });

  it('gives each company 2 to 4 accounts with valid numbers, matching NO IBANs, both currencies and one not ready for payments', () => {
    for (const company of data.companies) {
      const accounts = data.accounts.filter((account) => account.CompanyId === company.CompanyId);
      expect(accounts.length).toBeGreaterThanOrEqual(2);
      expect(accounts.length).toBeLessThanOrEqual(4);
      expect(new Set(accounts.map((account) => account.Currency))).toEqual(new Set(['NOK', 'EUR']));
      expect(accounts.some((account) => !account.ReadyForPayments)).toBe(true);
      for (const account of accounts) {
        expect(isNorwegianAccountNo(account.AccountNo)).toBe(true);
        expect(isValidIban(account.Iban)).toBe(true);
        expect(account.Iban.slice(4)).toBe(account.AccountNo);
        expect(account.Balance).toBeGreaterThan(0);
        expect(hasTwoDecimalsAtMost(account.Balance)).toBe(true);
      }
    }
  });

  it('has a few hundred statement entries per company within the last 90 days, newest first', () => {
    const earliest = addDays(TODAY, -89);
    for (const company of data.companies) {
      const entries = data.statements.filter((entry) => entry.CompanyId === company.CompanyId);
      expect(entries.length).toBeGreaterThanOrEqual(200);
      expect(entries.length).toBeLessThan(1000);
      for (const entry of entries) {
        expect(entry.BookingDate >= earliest && entry.BookingDate <= TODAY).toBe(true);
        expect(hasTwoDecimalsAtMost(entry.Amount)).toBe(true);
      }
      const dates = entries.map((entry) => entry.BookingDate);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(new Set(entries.map((entry) => entry.State))).toEqual(new Set(['Booked', 'Pending']));
    }
  });

  it('has payments in every status 0 to 8 for each company, all created before today', () => {
    for (const company of data.companies) {
      const payments = data.payments.filter((payment) => payment.CompanyId === company.CompanyId);
      expect(new Set(payments.map((payment) => payment.Status))).toEqual(new Set(PAYMENT_STATUSES));
      for (const payment of payments) {
        expect(payment.CreatedAt < `${TODAY}T00:00:00.000Z`).toBe(true);
        expect((payment.Message === null) !== (payment.Kid === null)).toBe(true);
        const debit = data.accounts.find((account) => account.AccountNo === payment.DebitAccountNo);
        expect(debit).toMatchObject({ CompanyId: company.CompanyId, ReadyForPayments: true, Currency: payment.Currency });
      }
    }
  });
});
