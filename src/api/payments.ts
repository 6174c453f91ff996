import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import type { ApiClient } from './client';
import { useApi, type ApiContextValue } from './context';
import { contract, type Schemas } from './contract';
import { isoDateOrDateTime } from './iso';
import { linksSchema } from './links';
import { finiteNumber, plainObject } from './shapes';

/** `TransactionState` 0 Submitted … 8 Dismissed by ZData; the UI names them (features/banking/messages.ts). */
export const transactionStates = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export type TransactionState = Schemas['TransactionState'];

/** `PaymentStatusResponse`: one payment of a message. */
export const paymentStatusSchema = contract<Schemas['PaymentStatusResponse']>()(
  plainObject({
    PaymentId: v.string(),
    SourceReference: v.nullish(v.string()),
    Status: v.picklist(transactionStates),
    ExecutionDate: v.optional(isoDateOrDateTime),
    Message: v.nullish(v.string()),
    Links: linksSchema,
  }),
);
export type PaymentStatusItem = Schemas['PaymentStatusResponse'];

/** `GET /api/v3/payments/{messageId}`. */
export const paymentsOfMessageSchema = contract<Schemas['PaymentsByMessageResponse']>()(
  plainObject({
    Payments: v.array(paymentStatusSchema),
    Total: finiteNumber(),
    Links: linksSchema,
  }),
);
export type PaymentsOfMessage = Schemas['PaymentsByMessageResponse'];

/** `PaymentApproveResult` 0–6. */
export const approveResults = [0, 1, 2, 3, 4, 5, 6] as const;
export type ApproveResult = Schemas['PaymentApproveResult'];
export const approveAnswerSchema = contract<Schemas['PaymentApproveResponse']>()(
  plainObject({
    Status: v.picklist(approveResults),
    ApprovalsRemaining: finiteNumber(),
    Success: v.boolean(),
    Message: v.nullish(v.string()),
  }),
);
export type ApproveAnswer = Schemas['PaymentApproveResponse'];

/** `DismissalStatus` 0–5. */
export const dismissalStatuses = [0, 1, 2, 3, 4, 5] as const;
export type DismissalStatus = Schemas['DismissalStatus'];
export const dismissAnswerSchema = contract<Schemas['DismissPaymentsResponse']>()(
  plainObject({
    Status: v.picklist(dismissalStatuses),
    Success: v.boolean(),
    Message: v.nullish(v.string()),
  }),
);
export type DismissAnswer = Schemas['DismissPaymentsResponse'];

/** The body of `POST /api/v3/payments/{companyId}`: one debit account, one or more lines. */
export type PaymentRequest = Schemas['CreatePaymentsRequest'];
export type PaymentLine = Schemas['PaymentLine'];

const messagePath = (messageId: string) => `/api/v3/payments/${encodeURIComponent(messageId)}`;

// Aritma shows `application/json-patch+json` for its request bodies; the body is plain JSON all the same.
const bodyType = 'application/json-patch+json';

/**
 * Sends a payment message. Aritma documents no answer body, so none is read. The Idempotency-Key
 * is v4's, not v3's: a server may ignore it, and nothing here relies on it.
 */
export function postPayments(client: ApiClient, companyId: string, request: PaymentRequest): Promise<void> {
  return client.send(`/api/v3/payments/${encodeURIComponent(companyId)}`, request, {
    contentType: bodyType,
    headers: { 'Idempotency-Key': request.MessageId },
  });
}

/** One page of the payments a message created. */
export function fetchPaymentsOfMessage(client: ApiClient, messageId: string, page: { skip: number; take: number }, signal?: AbortSignal): Promise<PaymentsOfMessage> {
  const search = new URLSearchParams({ skip: String(page.skip), take: String(page.take) });
  return client.get(`${messagePath(messageId)}?${search.toString()}`, paymentsOfMessageSchema, { signal });
}

export function paymentsOfMessageQueryOptions({ client, scope }: ApiContextValue, messageId: string, page: { skip: number; take: number }) {
  return queryOptions({
    queryKey: [...scope, 'payment-message', messageId, page] as const,
    queryFn: ({ signal }) => fetchPaymentsOfMessage(client, messageId, page, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePaymentsOfMessage(messageId: string, page: { skip: number; take: number }) {
  return useQuery(paymentsOfMessageQueryOptions(useApi(), messageId, page));
}

/** Approve (user tokens only): a refusal comes as 400 with the same result object, so both are answers. */
export function useApprovePayments(messageId: string) {
  const { client, scope } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.put(`${messagePath(messageId)}/approve`, undefined, approveAnswerSchema, { answerStatuses: [400] }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...scope, 'payment-message', messageId] }),
  });
}

/** Dismiss with a reason (user tokens only); 400 carries the result object, as for approve. */
export function useDismissPayments(messageId: string) {
  const { client, scope } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      client.put(`${messagePath(messageId)}/dismiss`, { Reason: reason === '' ? null : reason } satisfies Schemas['DismissPaymentsRequest'], dismissAnswerSchema, {
        answerStatuses: [400],
        contentType: bodyType,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...scope, 'payment-message', messageId] }),
  });
}
