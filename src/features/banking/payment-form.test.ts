import { describe, expect, it } from 'vitest';
import { placeServerErrors, validatePaymentForm, type DebitAccount, type PaymentField, type PaymentFormValues } from './payment-form';

const today = '2025-06-16';
const accounts: DebitAccount[] = [
  { companyId: '100001', accountNo: '12074123455', currency: 'NOK' },
  { companyId: '100002', accountNo: '15032990018', currency: 'EUR' },
];
const valid: PaymentFormValues = {
  debitAccount: '100001/12074123455',
  creditorName: ' Kontorservice Norge AS ',
  creditAccount: '1503 28 77114',
  amount: '1 250,5',
  dueDate: today,
  message: 'Faktura 12345',
};

function problemOf(field: PaymentField, value: string) {
  const result = validatePaymentForm({ ...valid, [field]: value }, { today, accounts });
  if (result.ok) throw new Error(`expected ${field} = ${JSON.stringify(value)} to be refused`);
  return result.errors[field];
}

function accepts(changes: Partial<PaymentFormValues>) {
  const result = validatePaymentForm({ ...valid, ...changes }, { today, accounts });
  if (!result.ok) throw new Error(`expected the form to be accepted, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('validatePaymentForm', () => {
  it('turns a valid form into the API request, in the debit account’s currency and company', () => {
    expect(accepts({})).toEqual({
      ok: true,
      companyId: '100001',
      request: {
        DebitAccountNo: '12074123455',
        Payments: [{ CreditAccountNo: '15032877114', CreditorName: 'Kontorservice Norge AS', Amount: 1250.5, Currency: 'NOK', DueDate: today, Message: 'Faktura 12345' }],
      },
    });
  });

  it('takes the currency from the debit account', () => {
    expect(accepts({ debitAccount: '100002/15032990018', creditAccount: 'DE89 3704 0044 0532 0130 00' })).toMatchObject({
      companyId: '100002',
      request: { Payments: [{ Currency: 'EUR', CreditAccountNo: 'DE89370400440532013000' }] },
    });
  });

  it('leaves an empty message out', () => {
    expect(accepts({ message: '   ' }).request.Payments[0]).not.toHaveProperty('Message');
  });

  it('lists every wrong field at once', () => {
    const result = validatePaymentForm({ debitAccount: '', creditorName: '', creditAccount: '', amount: '', dueDate: '', message: '' }, { today, accounts });
    expect(result).toEqual({
      ok: false,
      errors: {
        debitAccount: 'debit_account_required',
        creditorName: 'creditor_name_required',
        creditAccount: 'credit_account_required',
        amount: 'amount_required',
        dueDate: 'due_date_required',
      },
    });
  });

  describe('debit account', () => {
    it('must be one of the accounts ready for payments', () => {
      expect(problemOf('debitAccount', '100001/12074123463')).toBe('debit_account_required');
    });
  });

  describe('creditor name', () => {
    it('must not be blank', () => {
      expect(problemOf('creditorName', '   ')).toBe('creditor_name_required');
    });

    it('has at most 70 characters', () => {
      expect(accepts({ creditorName: 'x'.repeat(70) }).ok).toBe(true);
      expect(problemOf('creditorName', 'x'.repeat(71))).toBe('creditor_name_too_long');
    });
  });

  describe('credit account', () => {
    it('is 11 digits', () => {
      expect(problemOf('creditAccount', '1503287711')).toBe('credit_account_digits');
    });

    it('has a valid MOD11 check digit', () => {
      expect(problemOf('creditAccount', '15032877115')).toBe('credit_account_check_digit');
    });

    it('or is a valid IBAN, with or without spaces and in any case', () => {
      expect(accepts({ creditAccount: 'no93 8601 1117 947' }).request.Payments[0]?.CreditAccountNo).toBe('NO9386011117947');
      expect(problemOf('creditAccount', 'NO94 8601 1117 947')).toBe('credit_account_iban');
    });

    it('is neither something else', () => {
      expect(problemOf('creditAccount', 'my friend')).toBe('credit_account_format');
    });
  });

  describe('amount', () => {
    it.each([
      ['1250', 1250],
      ['1250.5', 1250.5],
      ['1 250,50', 1250.5],
      ['0,01', 0.01],
      ['999999999.99', 999_999_999.99],
    ])('accepts %j as %d', (input, amount) => {
      expect(accepts({ amount: input }).request.Payments[0]?.Amount).toBe(amount);
    });

    it.each(['abc', '1,2,3', '12e3', '1.000,50'])('refuses %j, which is not a number', (input) => {
      expect(problemOf('amount', input)).toBe('amount_not_a_number');
    });

    it.each(['0', '0,00', '-5'])('refuses %j, which is not more than 0', (input) => {
      expect(problemOf('amount', input)).toBe('amount_not_positive');
    });

    it('refuses more than 2 decimals', () => {
      expect(problemOf('amount', '10,005')).toBe('amount_decimals');
    });

    it('refuses more than the API takes', () => {
      expect(problemOf('amount', '1000000000')).toBe('amount_too_large');
    });
  });

  describe('due date', () => {
    it('is today or later, up to 365 days ahead', () => {
      expect(accepts({ dueDate: '2026-06-16' }).ok).toBe(true);
      expect(problemOf('dueDate', '2025-06-15')).toBe('due_date_past');
      expect(problemOf('dueDate', '2026-06-17')).toBe('due_date_too_far');
    });

    it('is a day that exists', () => {
      expect(problemOf('dueDate', '2025-06-31')).toBe('due_date_invalid');
    });
  });

  describe('message', () => {
    it('has at most 140 characters', () => {
      expect(accepts({ message: 'x'.repeat(140) }).ok).toBe(true);
      expect(problemOf('message', 'x'.repeat(141))).toBe('message_too_long');
    });
  });
});

describe('placeServerErrors', () => {
  it('puts the API’s messages beside the fields they name', () => {
    expect(
      placeServerErrors({
        'Payments[0].Amount': ['must have at most 2 decimals'],
        'Payments[0].Currency': ['must be EUR, the currency of the debit account'],
        DebitAccountNo: ['is not ready for payments'],
        'Payments[0].Kid': ['must be 2 to 25 digits'],
      }),
    ).toEqual({
      fields: {
        amount: 'must have at most 2 decimals; must be EUR, the currency of the debit account',
        debitAccount: 'is not ready for payments',
      },
      other: ['Payments[0].Kid: must be 2 to 25 digits'],
    });
  });
});
