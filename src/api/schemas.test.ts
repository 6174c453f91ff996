import { describe, expect, it } from 'vitest';
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
    expect(companyAccountsSchema.safeParse({ CompanyId: 'c33a797c-1b2d-4e3f-8a9b-0c1d2e3f4a5b', Accounts: [account] }).success).toBe(true);
    expect(statementsSchema.safeParse({ Statements: [statement] }).success).toBe(true);
    expect(paymentsOfMessageSchema.safeParse(payments).success).toBe(true);
    expect(receivablesSchema.safeParse(receivables).success).toBe(true);
    expect(approveAnswerSchema.safeParse({ Status: 4, ApprovalsRemaining: 1, Success: false, Message: null }).success).toBe(true);
    expect(dismissAnswerSchema.safeParse({ Status: 2, Success: true, Message: null }).success).toBe(true);
  });

  it('accept null wherever the contract says nullable', () => {
    expect(companyAccountsSchema.safeParse({ CompanyId: 'c33a797c-1b2d-4e3f-8a9b-0c1d2e3f4a5b', Accounts: null }).success).toBe(true);
    expect(
      companyAccountsSchema.safeParse({ CompanyId: 'c', Accounts: [nulled(account, ['Bic', 'Currency', 'AccountGroupId', 'Ledger', 'Aliases'])] }).success,
    ).toBe(true);
    const bare = nulled(statement, ['StatementId', 'Name', 'BankInformation', 'StructuredReference', 'AmountCurrency', 'Description', 'BankTransactionCodes', 'EntryReference', 'Links']);
    expect(statementsSchema.safeParse({ Statements: [bare] }).success).toBe(true);
    expect(statementsSchema.safeParse({ Statements: null }).success).toBe(true);
    expect(paymentsOfMessageSchema.safeParse({ ...payments, Links: null, Payments: [{ ...payments.Payments[0], SourceReference: null, Message: null, Links: [{ Rel: null, Href: null, Method: null }] }] }).success).toBe(true);
    const [receivable] = receivables.Receivables;
    if (!receivable) throw new Error('the example has a receivable');
    expect(receivablesSchema.safeParse({ ...receivables, Receivables: [nulled(receivable, ['EntryId', 'DebtorName', 'Currency', 'BookedAmount', 'ChargeAmount', 'BankTransactionCode'])] }).success).toBe(true);
  });

  it('keep the known fields of an answer with extra ones, and drop the rest', () => {
    const parsed = companyAccountsSchema.safeParse({ CompanyId: 'c', Accounts: [{ ...account, Balance: 100, Name: 'Invented' }], Extra: true });
    expect(parsed.success && parsed.data.Accounts?.[0]).toEqual(account);
  });

  it.each([
    ['an account number that is a number', () => companyAccountsSchema.safeParse({ CompanyId: 'c', Accounts: [{ ...account, AccountNumber: 123 }] })],
    ['ReadyForPayments as text', () => companyAccountsSchema.safeParse({ CompanyId: 'c', Accounts: [{ ...account, ReadyForPayments: 'yes' }] })],
    ['a null where the contract does not allow one (Amount)', () => statementsSchema.safeParse({ Statements: [{ ...statement, Amount: null }] })],
    ['a booking date that is not a date', () => statementsSchema.safeParse({ Statements: [{ ...statement, BookingDate: 'yesterday' }] })],
    ['a status outside TransactionState', () => paymentsOfMessageSchema.safeParse({ ...payments, Payments: [{ ...payments.Payments[0], Status: 9 }] })],
    ['a missing Total', () => paymentsOfMessageSchema.safeParse({ Payments: [] })],
    ['a state outside InpaymentState', () => receivablesSchema.safeParse({ ...receivables, State: 3 })],
    ['an approve result as text', () => approveAnswerSchema.safeParse({ Status: 'Approved', ApprovalsRemaining: 0, Success: true })],
  ])('refuse %s', (_, parse) => {
    expect(parse().success).toBe(false);
  });
});
