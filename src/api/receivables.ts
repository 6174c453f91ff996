import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { useApi, type ApiContextValue } from './context';
import { contract, type Schemas } from './contract';
import { isoDateOrDateTime } from './iso';
import { finiteNumber, plainObject } from './shapes';

/** `InpaymentState`: 0 Queued, 1 Transferred, 2 Error. */
export const inpaymentStates = [0, 1, 2] as const;
export type InpaymentState = Schemas['InpaymentState'];

/** `TransactionType`: 0 Payment, 1 Charge. */
export const transactionTypes = [0, 1] as const;
export type TransactionType = Schemas['TransactionType'];

/** `ReceivableDto`: an incoming payment. Aritma's field list is cut short; the rest follows its example and the batch twin. */
export const receivableSchema = contract<Schemas['ReceivableDto']>()(
  plainObject({
  ReceivableId: v.string(),
  EntryId: v.nullish(v.string()),
  EntryReference: v.nullish(v.string()),
  AccountNumber: v.nullish(v.string()),
  DebtorAccountNumber: v.nullish(v.string()),
  DebtorName: v.nullish(v.string()),
  DebtorAddress: v.nullish(v.string()),
  ArchiveReference: v.nullish(v.string()),
  StructuredReference: v.nullish(v.string()),
  Description: v.nullish(v.string()),
  InvoiceNumber: v.nullish(v.string()),
  BookingDate: v.optional(isoDateOrDateTime),
  ValueDate: v.optional(isoDateOrDateTime),
  Amount: v.optional(finiteNumber()),
  ExchangeRate: v.nullish(finiteNumber()),
  Currency: v.nullish(v.string()),
  BookedAmount: v.nullish(finiteNumber()),
  AccountCurrency: v.nullish(v.string()),
  ChargeAmount: v.nullish(finiteNumber()),
  ChargeCurrency: v.nullish(v.string()),
  Type: v.optional(v.picklist(transactionTypes)),
  BankTransactionCode: v.nullish(v.string()),
  ErrorMessage: v.nullish(v.string()),
  }),
);
export type Receivable = Schemas['ReceivableDto'];

export const receivablesSchema = contract<Schemas['ReceivablesResponse']>()(
  plainObject({
    State: v.picklist(inpaymentStates),
    Receivables: v.array(receivableSchema),
    Total: v.optional(finiteNumber()),
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
