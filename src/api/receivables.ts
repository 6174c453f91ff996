import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useApi, type ApiContextValue } from './context';
import { contract, type Schemas } from './contract';
import { isoDateOrDateTime } from './iso';
import { nullish } from './links';

/** `InpaymentState`: 0 Queued, 1 Transferred, 2 Error. */
export const inpaymentStates = [0, 1, 2] as const;
export type InpaymentState = Schemas['InpaymentState'];

/** `TransactionType`: 0 Payment, 1 Charge. */
export const transactionTypes = [0, 1] as const;
export type TransactionType = Schemas['TransactionType'];

/** `ReceivableDto`: an incoming payment. Aritma's field list is cut short; the rest follows its example and the batch twin. */
export const receivableSchema = contract<Schemas['ReceivableDto']>()(
  z.object({
  ReceivableId: z.string(),
  EntryId: nullish(z.string()),
  EntryReference: nullish(z.string()),
  AccountNumber: nullish(z.string()),
  DebtorAccountNumber: nullish(z.string()),
  DebtorName: nullish(z.string()),
  DebtorAddress: nullish(z.string()),
  ArchiveReference: nullish(z.string()),
  StructuredReference: nullish(z.string()),
  Description: nullish(z.string()),
  InvoiceNumber: nullish(z.string()),
  BookingDate: z.optional(isoDateOrDateTime),
  ValueDate: z.optional(isoDateOrDateTime),
  Amount: z.optional(z.number()),
  ExchangeRate: nullish(z.number()),
  Currency: nullish(z.string()),
  BookedAmount: nullish(z.number()),
  AccountCurrency: nullish(z.string()),
  ChargeAmount: nullish(z.number()),
  ChargeCurrency: nullish(z.string()),
  Type: z.optional(z.literal(transactionTypes)),
  BankTransactionCode: nullish(z.string()),
  ErrorMessage: nullish(z.string()),
  }),
);
export type Receivable = Schemas['ReceivableDto'];

export const receivablesSchema = contract<Schemas['ReceivablesResponse']>()(
  z.object({
    State: z.literal(inpaymentStates),
    Receivables: z.array(receivableSchema),
    Total: z.optional(z.number()),
  }),
);
export type ReceivablePage = Schemas['ReceivablesResponse'];

export interface ReceivableQuery {
  state: InpaymentState;
  skip: number;
  take: number;
}

export function receivablesQueryOptions({ client, scope }: ApiContextValue, companyId: string, query: ReceivableQuery) {
  const search = new URLSearchParams({ skip: String(query.skip), take: String(query.take) });
  return queryOptions({
    queryKey: [...scope, 'receivables', companyId, query] as const,
    queryFn: ({ signal }) =>
      client.get(`/api/v3/receivables/${encodeURIComponent(companyId)}/${query.state}?${search.toString()}`, receivablesSchema, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReceivables(companyId: string, query: ReceivableQuery) {
  return useQuery(receivablesQueryOptions(useApi(), companyId, query));
}
