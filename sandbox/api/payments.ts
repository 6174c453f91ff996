import { randomUUID } from 'node:crypto';
import type { Bank } from './bank.ts';
import { osloDateTime, osloToday } from './calendar.ts';
import type {
  ApiLink,
  Company,
  DismissPaymentsResponse,
  PaymentApproveResponse,
  PaymentMessage,
  PaymentsByMessageResponse,
  TransactionState,
} from './model.ts';
import { createPaymentsSchema, dismissSchema } from './payment-request.ts';
import { HttpProblem, validationProblem } from './problem.ts';
import type { FieldErrors } from './problem.ts';
import type { Paging } from './query.ts';
import type { Principal } from './token-check.ts';
import { addFieldError, parseOrThrow } from './validation.ts';

/** The sandbox's approval rule (Aritma documents none): two approvals, a user's own submission counting as the first. */
export const APPROVALS_REQUIRED = 2;

const link = (rel: string, href: string): ApiLink => ({ Rel: rel, Method: 'GET', Href: href });

/** Approvals still needed; a user who submitted has approved by submitting. */
export function approvalsRemaining(message: PaymentMessage): number {
  const given = message.approvedBy.length + (message.submittedBy === null ? 0 : 1);
  return Math.max(0, APPROVALS_REQUIRED - given);
}

/** One page of a message's payments, with Aritma's "first" link and the sandbox's "previous"/"next" (undocumented). */
export function paymentsPage(message: PaymentMessage, paging: Paging, baseUrl: string): PaymentsByMessageResponse {
  const { skip, take } = paging;
  const messageUrl = `${baseUrl}/api/v3/payments/${encodeURIComponent(message.MessageId)}`;
  const pageUrl = (from: number) => `${messageUrl}?skip=${from}&take=${take}`;
  const total = message.payments.length;
  const links = [link('first', pageUrl(0))];
  if (skip > 0) links.push(link('previous', pageUrl(Math.max(0, skip - take))));
  if (skip + take < total) links.push(link('next', pageUrl(skip + take)));
  return {
    Payments: message.payments.slice(skip, skip + take).map((payment) => ({
      PaymentId: payment.PaymentId,
      SourceReference: payment.SourceReference,
      Status: payment.Status,
      ExecutionDate: payment.ExecutionDate,
      Message: payment.Message,
      // Nothing to link to before the bank has it, so queued payments have no links.
      Links: payment.Status <= 1 ? null : [link('payment', `${messageUrl}/${payment.PaymentId}`)],
    })),
    Total: total,
    Links: links,
  };
}

const setStatus = (message: PaymentMessage, status: TransactionState, text: string | null = null): void => {
  for (const payment of message.payments) {
    payment.Status = status;
    payment.Message = text;
  }
};

/** Checks a submission for `company` and records it as queued for approval. */
export function createPayments(bank: Bank, principal: Principal, company: Company, body: unknown, now: Date): PaymentMessage {
  const today = osloToday(now);
  const request = parseOrThrow(createPaymentsSchema(today), body);

  const debit = bank.account(company, request.AccountNumber);
  if (debit === undefined) throw validationProblem({ AccountNumber: [`is not an account of company ${company.CompanyId}`] });
  if (!debit.ReadyForPayments) throw validationProblem({ AccountNumber: [`account ${debit.AccountNumber} is not ready for payments`] });
  const errors: FieldErrors = {};
  request.PaymentLines.forEach((line, index) => {
    if (line.Currency !== debit.Currency) addFieldError(errors, `PaymentLines[${index}].Currency`, `must be ${debit.Currency}, the currency of the debit account`);
  });
  if (Object.keys(errors).length > 0) throw validationProblem(errors);

  // Undocumented: Aritma says nothing of a MessageId sent twice; the sandbox refuses it rather than pay twice.
  if (bank.hasMessage(request.MessageId)) {
    throw new HttpProblem(409, 'message-exists', 'Conflict', `A payment message ${request.MessageId} exists already; look it up with GET /api/v3/payments/${request.MessageId}.`);
  }

  const message: PaymentMessage = {
    MessageId: request.MessageId,
    CompanyId: company.CompanyId,
    AccountNumber: debit.AccountNumber,
    submittedBy: principal.kind === 'user' ? principal.userId : null,
    approvedBy: [],
    submittedAt: now.toISOString(),
    payments: request.PaymentLines.map((line) => ({
      PaymentId: randomUUID(),
      SourceReference: line.SourceReference,
      Status: 1,
      ExecutionDate: line.ExecutionDate.length === 10 ? osloDateTime(line.ExecutionDate, '00:00:00') : line.ExecutionDate,
      Message: null,
      // Whole cents, so 0.1 + 0.2 style input never shows up as 0.30000000000000004.
      Amount: Math.round(line.Amount * 100) / 100,
      Currency: line.Currency,
      CreditorName: line.Creditor.Name,
      CreditorAccountNumber: line.Creditor.AccountNumber,
    })),
  };
  bank.record(message);
  return message;
}

const approveResult = (status: PaymentApproveResponse['Status'], message: PaymentMessage, text: string): PaymentApproveResponse => ({
  Status: status,
  ApprovalsRemaining: approvalsRemaining(message),
  Success: status === 2 || status === 3,
  Message: text,
});

/** Approves every payment of a message for a user; the result says why when it cannot. */
export function approve(message: PaymentMessage, userId: string): PaymentApproveResponse {
  const status = message.payments[0]?.Status;
  if (status !== 0 && status !== 1) return approveResult(6, message, 'The approval of this message is already complete or it was dismissed.');
  if (message.submittedBy === userId) return approveResult(4, message, 'You submitted this message, so another user must approve it.');
  if (message.approvedBy.includes(userId)) return approveResult(0, message, 'You have already approved this message.');
  message.approvedBy.push(userId);
  if (approvalsRemaining(message) > 0) {
    setStatus(message, 1);
    return approveResult(3, message, 'Approved; the message waits for another approval.');
  }
  setStatus(message, 3);
  return approveResult(2, message, 'Approved; the message is ready for transfer to the bank.');
}

/** Dismisses every payment of a message; the reason becomes the payments' Message. */
export function dismiss(message: PaymentMessage, userId: string, body: unknown): DismissPaymentsResponse {
  const { Reason } = parseOrThrow(dismissSchema, body ?? {});
  const status = message.payments[0]?.Status;
  if (status === 2 || status === 8) return { Status: 4, Success: false, Message: 'The message is already dismissed.' };
  if (status !== 0 && status !== 1) return { Status: 5, Success: false, Message: 'The message has gone on towards the bank and can no longer be dismissed.' };
  if (message.approvedBy.includes(userId)) return { Status: 0, Success: false, Message: 'You have approved this message, so you cannot dismiss it.' };
  setStatus(message, 2, Reason?.trim() || null);
  return { Status: 2, Success: true, Message: 'Dismissed.' };
}
