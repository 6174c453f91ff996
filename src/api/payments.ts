import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi, type ApiContextValue } from './context';
import { isoDate, isoDateTime } from './iso';
import { pagedSchema } from './paged';

/** 0 Submitted … 8 Dismissed by ZData; the UI names them (features/banking/messages.ts). */
export const paymentStatuses = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export function isPaymentStatus(value: number): value is PaymentStatus {
  return (paymentStatuses as readonly number[]).includes(value);
}

export const paymentSchema = z.object({
  PaymentId: z.string().min(1),
  MessageId: z.string().min(1),
  CompanyId: z.string(),
  DebitAccountNo: z.string(),
  /** A Norwegian account number, or an IBAN for a payment abroad. */
  CreditAccountNo: z.string(),
  CreditorName: z.string(),
  Amount: z.number(),
  Currency: z.string().length(3),
  DueDate: isoDate,
  /** Free text for the creditor; null when the payment carries a KID instead. */
  Message: z.string().nullish(),
  Kid: z.string().nullish(),
  Status: z.literal(paymentStatuses),
  CreatedAt: isoDateTime,
});
export type Payment = z.infer<typeof paymentSchema>;

export const paymentPageSchema = pagedSchema(paymentSchema);

/** What `POST /api/v3/payments/{companyId}` answers: the new message and its payments. */
export const paymentMessageSchema = z.object({
  MessageId: z.string().min(1),
  Payments: z.array(paymentSchema),
});
export type PaymentMessage = z.infer<typeof paymentMessageSchema>;

export interface PaymentListQuery {
  /** Every status when absent. */
  status?: PaymentStatus;
  skip: number;
  take: number;
}

export function paymentsQueryOptions({ client, scope }: ApiContextValue, companyId: string, query: PaymentListQuery) {
  const search = new URLSearchParams();
  if (query.status !== undefined) search.set('status', String(query.status));
  search.set('skip', String(query.skip));
  search.set('take', String(query.take));
  return queryOptions({
    queryKey: [...scope, 'companies', companyId, 'payments', query] as const,
    queryFn: ({ signal }) =>
      client.get(`/api/v3/companies/${encodeURIComponent(companyId)}/payments?${search.toString()}`, paymentPageSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePayments(companyId: string, query: PaymentListQuery) {
  return useQuery(paymentsQueryOptions(useApi(), companyId, query));
}

export function paymentMessageQueryOptions({ client, scope }: ApiContextValue, messageId: string) {
  return queryOptions({
    queryKey: [...scope, 'payment-messages', messageId] as const,
    // A message holds at most a few hundred payments; one page is all of them.
    queryFn: ({ signal }) => client.get(`/api/v3/payments/${encodeURIComponent(messageId)}?take=1000`, paymentPageSchema, { signal }),
    select: (page) => page.Items,
  });
}

export function usePaymentMessage(messageId: string) {
  return useQuery(paymentMessageQueryOptions(useApi(), messageId));
}

/** The body of `POST /api/v3/payments/{companyId}`. */
export interface PaymentRequest {
  DebitAccountNo: string;
  Payments: {
    CreditAccountNo: string;
    CreditorName: string;
    Amount: number;
    Currency: string;
    DueDate: string;
    Message?: string;
  }[];
}

export interface NewPaymentMessage {
  companyId: string;
  request: PaymentRequest;
  /** The same key for every attempt at the same payment, so the API creates it once. */
  idempotencyKey: string;
}

export function useCreatePayments() {
  const { client, scope } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, request, idempotencyKey }: NewPaymentMessage) =>
      client.post(`/api/v3/payments/${encodeURIComponent(companyId)}`, request, paymentMessageSchema, {
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: (_message, { companyId }) => queryClient.invalidateQueries({ queryKey: [...scope, 'companies', companyId, 'payments'] }),
  });
}
