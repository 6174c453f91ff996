import { describe, expect, it } from 'vitest';
import { SERVICE_CLIENT_ID as IDENTITY_SERVICE_CLIENT_ID } from '../identity/clients.ts';
import { APPROVER_USER, DEMO_USER, findUser } from '../identity/users.ts';
import { isNorwegianAccountNo, isValidIban, isValidKid } from './bank-numbers.ts';
import { parseDateTime, UNSET_DATE_TIME } from './calendar.ts';
import { APPROVER_SUB as API_APPROVER_SUB, COMPANIES, DEMO_SUB, FOREIGN_COMPANY_ID, generateDemoData, SERVICE_CLIENT_ID } from './demo-data.ts';

const TODAY = '2025-06-16';
const data = generateDemoData(TODAY);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo data', () => {
  it('is the same for the same day', () => {
    expect(generateDemoData(TODAY)).toEqual(data);
  });

  it('names the principals the identity server issues tokens for', () => {
    expect(DEMO_SUB).toBe(DEMO_USER.sub);
    expect(API_APPROVER_SUB).toBe(APPROVER_USER.sub);
    expect(findUser(API_APPROVER_SUB)).toBe(APPROVER_USER);
    expect(SERVICE_CLIENT_ID).toBe(IDENTITY_SERVICE_CLIENT_ID);
  });

  it('lets the demo user see two companies and not a third, which exists for the approver', () => {
    expect(COMPANIES.filter((company) => company.visibleTo.includes(DEMO_SUB))).toHaveLength(2);
    const foreign = COMPANIES.find((company) => company.CompanyId === FOREIGN_COMPANY_ID);
    expect(foreign?.visibleTo).toEqual([API_APPROVER_SUB]);
    for (const company of COMPANIES) expect(company.CompanyId).toMatch(GUID);
  });

  it('gives accounts GUID ids, valid MOD11 numbers and matching NO IBANs, in both currencies, one not ready for payments', () => {
    for (const company of COMPANIES) {
      const accounts = data.accounts.filter((account) => account.CompanyId === company.CompanyId);
      expect(accounts.length).toBeGreaterThan(0);
      expect(accounts.some((account) => account.ReadyForPayments)).toBe(true);
      for (const account of accounts) {
        expect(account.AccountId).toMatch(GUID);
        expect(isNorwegianAccountNo(account.AccountNumber)).toBe(true);
        if (account.Aliases !== null) {
          expect(isValidIban(account.Aliases.Iban ?? '')).toBe(true);
          expect(account.Aliases.Iban?.slice(4)).toBe(account.AccountNumber);
        }
      }
    }
    expect(new Set(data.accounts.map((account) => account.Currency))).toEqual(new Set(['NOK', 'EUR']));
    expect(data.accounts.some((account) => !account.ReadyForPayments)).toBe(true);
    expect(data.accounts.some((account) => account.Aliases === null)).toBe(true);
  });

  it('dates statements and receivables within the last 90 days, with offsets, newest first; KIDs are valid', () => {
    for (const records of [data.statements.map((record) => record.entry), data.receivables.map((record) => record.receivable)]) {
      const dates = records.map((record) => record.BookingDate);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const record of records) {
        const booked = parseDateTime(record.BookingDate);
        expect(booked).toBeDefined();
        expect(booked ?? 0).toBeGreaterThan(Date.parse('2025-03-18T00:00:00Z'));
        expect(booked ?? Infinity).toBeLessThan(Date.parse('2025-06-17T00:00:00Z'));
        if (record.StructuredReference !== null) expect(isValidKid(record.StructuredReference)).toBe(true);
      }
    }
  });

  it('has receivables in all three InpaymentStates and payments in several TransactionStates, one with an unset date', () => {
    expect(new Set(data.receivables.map((record) => record.State))).toEqual(new Set([0, 1, 2]));
    const statuses = new Set(data.messages.flatMap((message) => message.payments.map((payment) => payment.Status)));
    expect(statuses).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(data.messages.some((message) => message.payments.some((payment) => payment.ExecutionDate === UNSET_DATE_TIME))).toBe(true);
    for (const message of data.messages) {
      const debit = data.accounts.find((account) => account.AccountNumber === message.AccountNumber);
      expect(debit).toMatchObject({ CompanyId: message.CompanyId, ReadyForPayments: true });
    }
  });
});
