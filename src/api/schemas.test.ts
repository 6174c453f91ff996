import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { companyAccountsSchema } from './accounts';
import { approveAnswerSchema, dismissAnswerSchema, paymentsOfMessageSchema } from './payments';
import { receivablesSchema } from './receivables';
import { statementsSchema } from './statements';

// Aritma's own examples from the v3 reference (the digest), with ids filled in.
const account = {
  AccountId: '469c6fc6-0d1e-4f2a-9b3c-4d5e6f7a8b9c',
  AccountNumber: '123456789012',
  Bic: 'DNBANOKK',
  Currency: 'NOK',
  AccountGroupId: '6f2ed94e-9c0b-4d8f-a1c3-2b6f0e8d7a51',
  Ledger: '1920',
  Aliases: { Iban: 'NO22123456789012', PlusGirot: '1234567', BankGirot: '1234567', GiroKonto: '1234567' },
  ReadyForPayments: true,
};
const statement = {
  StatementId: '4809d07b-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  Name: 'Donal Duck',
  AccountNumber: '123456789012',
  AccountCurrency: 'NOK',
  ArchiveReference: '121212',
  BankInformation: 'NO124123 23123',
  StructuredReference: '123123',
  Amount: 55,
  AmountCurrency: 'NOK',
  Description: 'Description',
  BookingDate: '2026-03-07T04:42:18.2779723+01:00',
  ValueDate: '2026-03-07T04:42:18.2779741+01:00',
  BankTransactionCodes: 'PMNT-ICDT-DMCT',
  EntryReference: '123123',
  TransactionCount: 1,
  Links: [{ Rel: 'details', Href: 'https://bankservice.zdata.no/api/v3/statements/x' }],
};
const payments = {
  Payments: [
    {
      PaymentId: '16c6b7bc-2a3b-4c5d-8e6f-7a8b9c0d1e2f',
      SourceReference: '100;101;22;6',
      Status: 6,
      ExecutionDate: '0001-01-01T00:00:00',
      Links: [{ Rel: 'payment', Href: 'https://bankservice.zdata.no/api/v3/payments/a/b' }],
    },
  ],
  Total: 15,
  Links: [{ Rel: 'first', Href: 'https://bankservice.zdata.no/api/v3/payments/a?skip=0&take=100' }],
};
const receivables = {
  State: 0,
  Receivables: [
    {
      ReceivableId: '4c017392-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      EntryId: '86a6ade9-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      AccountNumber: '123456789012',
      DebtorAccountNumber: '098765432112',
      DebtorName: 'Donald Duck',
      DebtorAddress: 'Veien 12A',
      ArchiveReference: '1234',
      Description: 'Submitted to Onkel Skrue',
      InvoiceNumber: '12345',
      BookingDate: '2026-03-07T04:42:18.268437+01:00',
      ValueDate: '2026-03-07T04:42:18.2684383+01:00',
      Amount: 55,
      Currency: 'NOK',
      BookedAmount: 65,
      AccountCurrency: 'NOK',
      ChargeAmount: 10,
      ChargeCurrency: 'NOK',
      Type: 0,
      BankTransactionCode: 'PMNT-ICDT-DMCT',
    },
  ],
  Total: 0,
};

const nulled = <T extends object>(value: T, keys: (keyof T)[]) => ({ ...value, ...Object.fromEntries(keys.map((key) => [key, null])) });

describe('the API schemas', () => {
  it('accept Aritma’s examples as they are', () => {
    expect(v.safeParse(companyAccountsSchema, { CompanyId: 'c33a797c-1b2d-4e3f-8a9b-0c1d2e3f4a5b', Accounts: [account] }).success).toBe(true);
    expect(v.safeParse(statementsSchema, { Statements: [statement] }).success).toBe(true);
    expect(v.safeParse(paymentsOfMessageSchema, payments).success).toBe(true);
    expect(v.safeParse(receivablesSchema, receivables).success).toBe(true);
    expect(v.safeParse(approveAnswerSchema, { Status: 4, ApprovalsRemaining: 1, Success: false, Message: null }).success).toBe(true);
    expect(v.safeParse(dismissAnswerSchema, { Status: 2, Success: true, Message: null }).success).toBe(true);
  });

  it('accept null wherever the contract says nullable', () => {
    expect(v.safeParse(companyAccountsSchema, { CompanyId: 'c33a797c-1b2d-4e3f-8a9b-0c1d2e3f4a5b', Accounts: null }).success).toBe(true);
    expect(
      v.safeParse(companyAccountsSchema, { CompanyId: 'c', Accounts: [nulled(account, ['Bic', 'Currency', 'AccountGroupId', 'Ledger', 'Aliases'])] }).success,
    ).toBe(true);
    const bare = nulled(statement, ['StatementId', 'Name', 'BankInformation', 'StructuredReference', 'AmountCurrency', 'Description', 'BankTransactionCodes', 'EntryReference', 'Links']);
    expect(v.safeParse(statementsSchema, { Statements: [bare] }).success).toBe(true);
    expect(v.safeParse(statementsSchema, { Statements: null }).success).toBe(true);
    expect(v.safeParse(paymentsOfMessageSchema, { ...payments, Links: null, Payments: [{ ...payments.Payments[0], SourceReference: null, Message: null, Links: [{ Rel: null, Href: null, Method: null }] }] }).success).toBe(true);
    const [receivable] = receivables.Receivables;
    if (!receivable) throw new Error('the example has a receivable');
    expect(v.safeParse(receivablesSchema, { ...receivables, Receivables: [nulled(receivable, ['EntryId', 'DebtorName', 'Currency', 'BookedAmount', 'ChargeAmount', 'BankTransactionCode'])] }).success).toBe(true);
  });

  it('keep the known fields of an answer with extra ones, and drop the rest', () => {
    const parsed = v.safeParse(companyAccountsSchema, { CompanyId: 'c', Accounts: [{ ...account, Balance: 100, Name: 'Invented' }], Extra: true });
    expect(parsed.success && parsed.output.Accounts?.[0]).toEqual(account);
  });

  it.each([
    ['an account number that is a number', () => v.safeParse(companyAccountsSchema, { CompanyId: 'c', Accounts: [{ ...account, AccountNumber: 123 }] })],
    ['ReadyForPayments as text', () => v.safeParse(companyAccountsSchema, { CompanyId: 'c', Accounts: [{ ...account, ReadyForPayments: 'yes' }] })],
    ['a null where the contract does not allow one (Amount)', () => v.safeParse(statementsSchema, { Statements: [{ ...statement, Amount: null }] })],
    ['a booking date that is not a date', () => v.safeParse(statementsSchema, { Statements: [{ ...statement, BookingDate: 'yesterday' }] })],
    ['a status outside TransactionState', () => v.safeParse(paymentsOfMessageSchema, { ...payments, Payments: [{ ...payments.Payments[0], Status: 9 }] })],
    ['a missing Total', () => v.safeParse(paymentsOfMessageSchema, { Payments: [] })],
    ['a state outside InpaymentState', () => v.safeParse(receivablesSchema, { ...receivables, State: 3 })],
    ['an approve result as text', () => v.safeParse(approveAnswerSchema, { Status: 'Approved', ApprovalsRemaining: 0, Success: true })],
  ])('refuse %s', (_, parse) => {
    expect(parse().success).toBe(false);
  });

  // What JSON.parse makes of text no contract allows: an array where an object belongs, Infinity for 1e999.
  const infinite = (text: string) => JSON.parse(text.replace(/("Amount"|"Total"):\d+/, '$1:1e999')) as unknown;
  it.each([
    ['an array for the whole answer, though every field of it may be absent', () => v.safeParse(statementsSchema, [])],
    ['an array for a link, though every field of it may be absent', () => v.safeParse(statementsSchema, { Statements: [{ ...statement, Links: [[]] }] })],
    ['an array for the aliases, though every field of them may be absent', () => v.safeParse(companyAccountsSchema, { CompanyId: 'c', Accounts: [{ ...account, Aliases: [] }] })],
    ['an amount of 1e999 (Infinity)', () => v.safeParse(statementsSchema, infinite(JSON.stringify({ Statements: [statement] })))],
    ['a total of 1e999 (Infinity)', () => v.safeParse(paymentsOfMessageSchema, infinite(JSON.stringify(payments)))],
  ])('refuse %s', (_, parse) => {
    expect(parse().success).toBe(false);
  });

  it('say where an answer does not fit, and of the problem only that the input is invalid', () => {
    const parsed = v.safeParse(companyAccountsSchema, { CompanyId: 'c', Accounts: [{ ...account, AccountNumber: 42 }, { ...account, Aliases: [] }] });
    expect(parsed.issues?.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`)).toEqual(['Accounts.0.AccountNumber: Invalid input', 'Accounts.1.Aliases: Invalid input']);
  });
});
