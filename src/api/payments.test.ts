import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paymentMessageSchema, paymentPageSchema, paymentSchema, paymentStatuses } from './payments';

// Copied from the sandbox's demo data (sandbox/api/demo-data.ts) and its answers.
const payment = {
  PaymentId: '1bc2e40d-d74c-4adf-9301-f9e1fcdea0c4',
  MessageId: '1adf78ab-a644-4359-a2c6-5b0d9a70f23c',
  CompanyId: '100001',
  DebitAccountNo: '12074455660',
  CreditAccountNo: 'DE23863391439953434498',
  CreditorName: 'Lyon Composants SAS',
  Amount: 9516.41,
  Currency: 'EUR',
  DueDate: '2025-06-21',
  Message: 'Faktura 43388',
  Kid: null,
  Status: 0,
  CreatedAt: '2025-06-15T15:30:05.000Z',
};
const kidPayment = { ...payment, PaymentId: '00086089-b8bc-41dd-a961-53987dea4b07', CreditAccountNo: '12074123455', Currency: 'NOK', Message: null, Kid: '12345678903', Status: 7 };

const page = {
  Items: [payment, kidPayment],
  Total: 31,
  Skip: 0,
  Take: 50,
  Links: [
    { Rel: 'self', Href: 'http://localhost:5002/api/v3/companies/100001/payments?skip=0&take=50' },
    { Rel: 'first', Href: 'http://localhost:5002/api/v3/companies/100001/payments?skip=0&take=50' },
    { Rel: 'last', Href: 'http://localhost:5002/api/v3/companies/100001/payments?skip=0&take=50' },
  ],
};

/** The error as a person reads it, e.g. "✖ Invalid input … → at Items[0].Status". */
function refusal(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return z.prettifyError(result.error);
}

describe('payment schemas', () => {
  it('accept a page of payments as the sandbox sends it, with a message or a KID', () => {
    const parsed = paymentPageSchema.parse(page);
    expect(parsed.Items.map((item) => [item.Status, item.Message, item.Kid])).toEqual([
      [0, 'Faktura 43388', null],
      [7, null, '12345678903'],
    ]);
  });

  it('accept the answer to a new payment message', () => {
    expect(paymentMessageSchema.parse({ MessageId: payment.MessageId, Payments: [payment] }).Payments).toHaveLength(1);
  });

  it.each(paymentStatuses)('accept the status %i', (status) => {
    expect(paymentSchema.parse({ ...payment, Status: status }).Status).toBe(status);
  });

  it('refuse a status outside 0..8, naming the field', () => {
    expect(refusal(paymentPageSchema, { ...page, Items: [{ ...payment, Status: 9 }] })).toContain('Items[0].Status');
  });

  it('refuse a status sent as a name, naming the field', () => {
    expect(refusal(paymentSchema, { ...payment, Status: 'Submitted' })).toContain('Status');
  });

  it('refuse an amount sent as text, naming the field', () => {
    expect(refusal(paymentPageSchema, { ...page, Items: [payment, { ...kidPayment, Amount: '100.00' }] })).toContain('Items[1].Amount');
  });

  it('refuse a due date that is not YYYY-MM-DD, naming the field', () => {
    expect(refusal(paymentSchema, { ...payment, DueDate: '21.06.2025' })).toContain('DueDate');
  });

  it('refuse camelCase field names, naming the missing field', () => {
    const { MessageId, ...rest } = payment;
    expect(refusal(paymentSchema, { ...rest, messageId: MessageId })).toContain('MessageId');
  });
});
