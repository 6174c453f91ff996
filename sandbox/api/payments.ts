import { randomUUID } from 'node:crypto';
import type { Bank } from './bank.ts';
import { osloToday } from './calendar.ts';
import type { Company, Payment, PaymentMessage } from './model.ts';
import { paymentRequestSchema } from './payment-request.ts';
import { HttpProblem, validationProblem } from './problem.ts';
import type { FieldErrors } from './problem.ts';
import { addFieldError, parseOrThrow } from './validation.ts';

const accountNotUsable = (detail: string, field: string): HttpProblem =>
  new HttpProblem(422, 'account-not-usable', 'Debit account cannot be used', detail, { errors: { [field]: [detail] } });

/** Validates a payment message for `company` and records its payments as Submitted (status 0). */
export function createPayments(bank: Bank, company: Company, body: unknown, now: Date): PaymentMessage {
  const request = parseOrThrow(paymentRequestSchema(osloToday(now)), body);

  const debit = bank.account(company, request.DebitAccountNo);
  if (debit === undefined) {
    throw accountNotUsable(`Account ${request.DebitAccountNo} is not an account of ${company.Name} (${company.CompanyId}).`, 'DebitAccountNo');
  }
  if (!debit.ReadyForPayments) {
    throw accountNotUsable(`Account ${debit.AccountNo} (${debit.Name}) is not ready for payments.`, 'DebitAccountNo');
  }

  const errors: FieldErrors = {};
  request.Payments.forEach((payment, index) => {
    if (payment.Currency !== debit.Currency) {
      addFieldError(errors, `Payments[${index}].Currency`, `must be ${debit.Currency}, the currency of the debit account`);
    }
  });
  if (Object.keys(errors).length > 0) throw validationProblem(errors);

  const messageId = randomUUID();
  const createdAt = now.toISOString();
  const payments: Payment[] = request.Payments.map((payment) => ({
    PaymentId: randomUUID(),
    MessageId: messageId,
    CompanyId: company.CompanyId,
    DebitAccountNo: debit.AccountNo,
    CreditAccountNo: payment.CreditAccountNo,
    CreditorName: payment.CreditorName,
    // Whole cents, so 0.1 + 0.2 style input never shows up as 0.30000000000000004.
    Amount: Math.round(payment.Amount * 100) / 100,
    Currency: debit.Currency,
    DueDate: payment.DueDate,
    Message: payment.Message ?? null,
    Kid: payment.Kid ?? null,
    Status: 0,
    CreatedAt: createdAt,
  }));
  bank.record(payments);
  return { MessageId: messageId, Payments: payments };
}
