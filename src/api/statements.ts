import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { useApi, type ApiContextValue } from './context';
import { contract, type Schemas } from './contract';
import { isoDateOrDateTime } from './iso';
import { linksSchema, nullish } from './links';
import { finiteNumber, plainObject } from './shapes';

/** `BankStatementState` 0–2; Aritma does not say what each value means. */
export const statementStates = [0, 1, 2] as const;
export type StatementState = Schemas['BankStatementState'];

/** `BankStatement`: one aggregated entry; the fields Aritma marks nullable may be null or absent. */
export const bankStatementSchema = contract<Schemas['BankStatement']>()(
  plainObject({
  StatementId: nullish(v.string()),
  Name: nullish(v.string()),
  AccountNumber: v.string(),
  AccountCurrency: v.string(),
  ArchiveReference: v.string(),
  BankInformation: nullish(v.string()),
  StructuredReference: nullish(v.string()),
  Amount: finiteNumber(),
  AmountCurrency: nullish(v.string()),
  Description: nullish(v.string()),
  BookingDate: isoDateOrDateTime,
  ValueDate: isoDateOrDateTime,
  BankTransactionCodes: nullish(v.string()),
  EntryReference: nullish(v.string()),
  TransactionCount: v.optional(finiteNumber()),
  Links: linksSchema,
  }),
);
export type BankStatement = Schemas['BankStatement'];

export const statementsSchema = contract<Schemas['StatementsResponse']>()(plainObject({ Statements: nullish(v.array(bankStatementSchema)) }));

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
