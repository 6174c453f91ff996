import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi, type ApiContextValue } from './context';
import { isoDate } from './iso';
import { pagedSchema } from './paged';

export const entryStates = ['Booked', 'Pending'] as const;
export type EntryState = (typeof entryStates)[number];

export const statementEntrySchema = z.object({
  EntryId: z.string().min(1),
  CompanyId: z.string(),
  AccountNo: z.string(),
  BookingDate: isoDate,
  ValueDate: isoDate.nullable().optional(),
  /** Negative for a debit. */
  Amount: z.number(),
  Currency: z.string().length(3),
  Description: z.string(),
  Counterparty: z.string().nullable().optional(),
  Reference: z.string().nullable().optional(),
  State: z.enum(entryStates),
});
export type StatementEntry = z.infer<typeof statementEntrySchema>;

export const statementPageSchema = pagedSchema(statementEntrySchema);
export type StatementPage = z.infer<typeof statementPageSchema>;

/** One page of one account's statement, as the API filters it. */
export interface StatementQuery {
  accountNo: string;
  fromDate: string;
  toDate: string;
  /** Both states when absent. */
  state?: EntryState;
  skip: number;
  take: number;
}

export function statementSearch(query: StatementQuery): URLSearchParams {
  const search = new URLSearchParams({ accountNo: query.accountNo, fromDate: query.fromDate, toDate: query.toDate });
  if (query.state) search.set('state', query.state);
  search.set('skip', String(query.skip));
  search.set('take', String(query.take));
  return search;
}

export function statementsQueryOptions({ client, scope }: ApiContextValue, companyId: string, query: StatementQuery) {
  return queryOptions({
    queryKey: [...scope, 'statements', companyId, query] as const,
    queryFn: ({ signal }) =>
      client.get(`/api/v3/statements/${encodeURIComponent(companyId)}?${statementSearch(query).toString()}`, statementPageSchema, { signal }),
    // The page shown stays until the next one arrives, so paging and filtering do not flash empty.
    placeholderData: keepPreviousData,
  });
}

export function useStatements(companyId: string, query: StatementQuery) {
  return useQuery(statementsQueryOptions(useApi(), companyId, query));
}
