import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { useApi, type ApiContextValue } from './context';
import { contract, type Schemas } from './contract';
import { isoDateOrDateTime } from './iso';
import { linksSchema } from './links';
import { finiteNumber, plainObject } from './shapes';

/** `BankStatementState` 0–2; Aritma does not say what each value means. */
export const statementStates = [0, 1, 2] as const;
export type StatementState = Schemas['BankStatementState'];

/** `BankStatement`: one aggregated entry; the fields Aritma marks nullable may be null or absent. */
export const bankStatementSchema = contract<Schemas['BankStatement']>()(
  plainObject({
  StatementId: v.nullish(v.string()),
  Name: v.nullish(v.string()),
  AccountNumber: v.string(),
  AccountCurrency: v.string(),
  ArchiveReference: v.string(),
  BankInformation: v.nullish(v.string()),
  StructuredReference: v.nullish(v.string()),
  Amount: finiteNumber(),
  AmountCurrency: v.nullish(v.string()),
  Description: v.nullish(v.string()),
  BookingDate: isoDateOrDateTime,
  ValueDate: isoDateOrDateTime,
  BankTransactionCodes: v.nullish(v.string()),
  EntryReference: v.nullish(v.string()),
  TransactionCount: v.optional(finiteNumber()),
  Links: linksSchema,
  }),
);
export type BankStatement = Schemas['BankStatement'];

export const statementsSchema = contract<Schemas['StatementsResponse']>()(plainObject({ Statements: v.nullish(v.array(bankStatementSchema)) }));

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
