import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useApi, type ApiContextValue } from './context';
import { contract, type Schemas } from './contract';
import { isoDateOrDateTime } from './iso';
import { linksSchema, nullish } from './links';

/** `BankStatementState` 0–2; Aritma does not say what each value means. */
export const statementStates = [0, 1, 2] as const;
export type StatementState = Schemas['BankStatementState'];

/** `BankStatement`: one aggregated entry; the fields Aritma marks nullable may be null or absent. */
export const bankStatementSchema = contract<Schemas['BankStatement']>()(
  z.object({
  StatementId: nullish(z.string()),
  Name: nullish(z.string()),
  AccountNumber: z.string(),
  AccountCurrency: z.string(),
  ArchiveReference: z.string(),
  BankInformation: nullish(z.string()),
  StructuredReference: nullish(z.string()),
  Amount: z.number(),
  AmountCurrency: nullish(z.string()),
  Description: nullish(z.string()),
  BookingDate: isoDateOrDateTime,
  ValueDate: isoDateOrDateTime,
  BankTransactionCodes: nullish(z.string()),
  EntryReference: nullish(z.string()),
  TransactionCount: z.optional(z.number()),
  Links: linksSchema,
  }),
);
export type BankStatement = Schemas['BankStatement'];

export const statementsSchema = contract<Schemas['StatementsResponse']>()(z.object({ Statements: nullish(z.array(bankStatementSchema)) }));

/** The documented filters. The dates are date-times and go together; paging is the app's, as none is documented. */
export interface StatementQuery {
  accountNo?: string;
  period?: { fromDate: string; toDate: string };
  state?: StatementState;
}

export function statementSearch(query: StatementQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.accountNo) search.set('accountNo', query.accountNo);
  if (query.period) {
    search.set('fromDate', query.period.fromDate);
    search.set('toDate', query.period.toDate);
  }
  if (query.state !== undefined) search.set('state', String(query.state));
  return search;
}

export function statementsQueryOptions({ client, scope }: ApiContextValue, companyId: string, query: StatementQuery) {
  const search = statementSearch(query).toString();
  return queryOptions({
    queryKey: [...scope, 'statements', companyId, search] as const,
    queryFn: ({ signal }) =>
      client
        .get(`/api/v3/statements/${encodeURIComponent(companyId)}${search ? `?${search}` : ''}`, statementsSchema, { signal })
        .then((answer) => answer.Statements ?? []),
  });
}

export function useStatements(companyId: string, query: StatementQuery) {
  return useQuery(statementsQueryOptions(useApi(), companyId, query));
}
