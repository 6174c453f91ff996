import { describe, expect, it } from 'vitest';
import { buildPaymentRequest, emptyLine, isKid, validatePaymentForm, type DebitAccount, type LineField, type LineValues, type PaymentFormValues } from './payment-form';

const today = '2025-06-16';
const accounts: DebitAccount[] = [
  { accountNumber: '12074123455', currency: 'NOK' },
  { accountNumber: '12074455660', currency: 'EUR' },
];
const line: LineValues = { creditorName: ' Kontorservice Norge AS ', creditAccount: '1503 28 77114', amount: '1 250,5', kid: '', message: 'Faktura 12345' };
const valid: PaymentFormValues = { debitAccount: '12074123455', executionDate: today, lines: [line] };
const messageId = '3f1c2b9e-8d4a-4e7f-9a1b-5c6d7e8f9a0b';

function draftOf(values: PaymentFormValues) {
  const result = validatePaymentForm(values, { today, accounts });
  if (!result.ok) throw new Error(`expected the form to be accepted, got ${JSON.stringify(result.errors)}`);
  return result.draft;
}

function lineProblem(field: LineField, value: string) {
  const result = validatePaymentForm({ ...valid, lines: [{ ...line, [field]: value }] }, { today, accounts });
  if (result.ok) throw new Error(`expected ${field} = ${JSON.stringify(value)} to be refused`);
  return result.errors.lines[0]?.[field];
}

const lineWith = (changes: Partial<LineValues>) => draftOf({ ...valid, lines: [{ ...line, ...changes }] }).lines[0];

describe('buildPaymentRequest', () => {
  it('builds the documented body: MessageId, the debit AccountNumber, and PaymentLines with a Creditor', () => {
    expect(buildPaymentRequest(draftOf(valid), messageId)).toEqual({
      MessageId: messageId,
      AccountNumber: '12074123455',
      PaymentLines: [
        {
          PaymentMethod: 1,
          Priority: 1,
          ExecutionDate: today,
          SourceReference: '3f1c2b9e-1',
          Amount: 1250.5,
          Currency: 'NOK',
          StructuredReference: null,
          Description: 'Faktura 12345',
          Creditor: { Name: 'Kontorservice Norge AS', CountryCode: 'NO', AccountNumber: '15032877114', Bic: null },
        },
      ],
    });
  });

  it('makes one line per creditor, each in the debit account’s currency with its own SourceReference', () => {
    const second: LineValues = { creditorName: 'Bergen Kaffe AS', creditAccount: 'DE89 3704 0044 0532 0130 00', amount: '99', kid: '1234567897', message: '' };
    const request = buildPaymentRequest(draftOf({ ...valid, debitAccount: '12074455660', lines: [line, second] }), messageId);
    expect(request.PaymentLines.map((payment) => payment.Currency)).toEqual(['EUR', 'EUR']);
    expect(request.PaymentLines.map((payment) => payment.SourceReference)).toEqual(['3f1c2b9e-1', '3f1c2b9e-2']);
    expect(request.PaymentLines[1]).toMatchObject({
      Amount: 99,
      StructuredReference: '1234567897',
      Description: null,
      Creditor: { Name: 'Bergen Kaffe AS', CountryCode: 'DE', AccountNumber: 'DE89370400440532013000' },
    });
  });

  it('sends a KID as StructuredReference and no message', () => {
    const request = buildPaymentRequest(draftOf({ ...valid, lines: [{ ...line, kid: '1234 5678 97', message: '' }] }), messageId);
    expect(request.PaymentLines[0]).toMatchObject({ StructuredReference: '1234567897', Description: null });
  });
});

describe('validatePaymentForm', () => {
  it('lists every wrong field at once, per line', () => {
    const result = validatePaymentForm({ debitAccount: '', executionDate: '', lines: [emptyLine(), { ...line, amount: '0' }] }, { today, accounts });
    expect(result).toEqual({
      ok: false,
      errors: {
        debitAccount: 'debit_account_required',
        executionDate: 'execution_date_required',
        lines: [{ creditorName: 'creditor_name_required', creditAccount: 'credit_account_required', amount: 'amount_required' }, { amount: 'amount_not_positive' }],
      },
    });
  });

  it('takes only an account ready for payments as the debit account', () => {
    const result = validatePaymentForm({ ...valid, debitAccount: '12074123463' }, { today, accounts });
    expect(result.ok ? null : result.errors.debitAccount).toBe('debit_account_required');
  });

  it('has an execution date from today up to 365 days ahead, on a day that exists', () => {
    const problem = (executionDate: string) => {
      const result = validatePaymentForm({ ...valid, executionDate }, { today, accounts });
      return result.ok ? null : result.errors.executionDate;
    };
    expect(problem('2026-06-16')).toBeNull();
    expect(problem('2025-06-15')).toBe('execution_date_past');
    expect(problem('2026-06-17')).toBe('execution_date_too_far');
    expect(problem('2025-06-31')).toBe('execution_date_invalid');
  });

  it('checks the creditor name and account', () => {
    expect(lineProblem('creditorName', '   ')).toBe('creditor_name_required');
    expect(lineProblem('creditorName', 'x'.repeat(71))).toBe('creditor_name_too_long');
    expect(lineProblem('creditAccount', '1503287711')).toBe('credit_account_digits');
    expect(lineProblem('creditAccount', '15032877115')).toBe('credit_account_check_digit');
    expect(lineProblem('creditAccount', 'NO94 8601 1117 947')).toBe('credit_account_iban');
    expect(lineProblem('creditAccount', 'my friend')).toBe('credit_account_format');
    expect(lineWith({ creditAccount: 'no93 8601 1117 947' })).toMatchObject({ creditAccount: 'NO9386011117947', countryCode: 'NO' });
  });

  it.each([
    ['1250', 1250],
    ['1 250,50', 1250.5],
    ['0,01', 0.01],
    ['999999999.99', 999_999_999.99],
  ])('accepts the amount %j as %d', (amount, expected) => {
    expect(lineWith({ amount })?.amount).toBe(expected);
  });

  it.each([
    ['abc', 'amount_not_a_number'],
    ['1.000,50', 'amount_not_a_number'],
    ['-5', 'amount_not_positive'],
    ['10,005', 'amount_decimals'],
    ['1000000000', 'amount_too_large'],
  ])('refuses the amount %j (%s)', (amount, problem) => {
    expect(lineProblem('amount', amount)).toBe(problem);
  });

  it('takes a KID with a MOD10 or MOD11 check digit, or a message, not both', () => {
    expect(lineWith({ kid: '12345678903', message: '' })?.kid).toBe('12345678903');
    expect(lineProblem('kid', '123456789')).toBe('kid_check_digit');
    expect(lineProblem('kid', '12ab')).toBe('kid_format');
    const both = validatePaymentForm({ ...valid, lines: [{ ...line, kid: '1234567897' }] }, { today, accounts });
    expect(both.ok ? null : both.errors.lines[0]?.message).toBe('kid_and_message');
    expect(lineProblem('message', 'x'.repeat(141))).toBe('message_too_long');
  });
});

describe('isKid', () => {
  it.each(['1234567897', '12345678903', '0000000000'])('accepts %s', (kid) => expect(isKid(kid)).toBe(true));
  it.each(['123456789', '1', '12345678901234567890123456', '12a4'])('refuses %s', (kid) => expect(isKid(kid)).toBe(false));
});
