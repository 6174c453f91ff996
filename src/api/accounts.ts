import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import type { ApiClient } from './client';
import { contract, type Schemas } from './contract';
import { useApi, type ApiContextValue } from './context';
import { plainObject } from './shapes';

/** `BankAccountAliases`: other names of the same account. */
export const aliasesSchema = contract<Schemas['BankAccountAliases']>()(
  plainObject({
  Iban: v.nullish(v.string()),
  PlusGirot: v.nullish(v.string()),
  BankGirot: v.nullish(v.string()),
  GiroKonto: v.nullish(v.string()),
  }),
);

/** `BankAccountResponseWithReadiness`: no name and no balance, as Aritma documents it. */
export const bankAccountSchema = contract<Schemas['BankAccountResponseWithReadiness']>()(
  plainObject({
    AccountId: v.string(),
    AccountNumber: v.string(),
    Bic: v.nullish(v.string()),
    Currency: v.nullish(v.string()),
    AccountGroupId: v.nullish(v.string()),
    Ledger: v.nullish(v.string()),
    Aliases: v.nullish(aliasesSchema),
    ReadyForPayments: v.boolean(),
  }),
);
export type BankAccount = Schemas['BankAccountResponseWithReadiness'];

/** `GET /api/v3/accounts/{companyId}`; `Accounts` is nullable. */
export const companyAccountsSchema = contract<Schemas['CompanyAccountsResponse']>()(
  plainObject({
    CompanyId: v.string(),
    Accounts: v.nullish(v.array(bankAccountSchema)),
  }),
);

export function accountsPath(companyId: string): string {
  return `/api/v3/accounts/${encodeURIComponent(companyId)}`;
}

/** A company's accounts; also how the app finds out whether a company id is real and the user's. */
export function fetchAccounts(client: ApiClient, companyId: string, signal?: AbortSignal): Promise<BankAccount[]> {
  return client.get(accountsPath(companyId), companyAccountsSchema, { signal }).then((answer) => answer.Accounts ?? []);
}

export function accountsQueryOptions({ client, scope }: ApiContextValue, companyId: string) {
  return queryOptions({
    queryKey: [...scope, 'accounts', companyId] as const,
    queryFn: ({ signal }) => fetchAccounts(client, companyId, signal),
  });
}

export function useAccounts(companyId: string) {
  return useQuery(accountsQueryOptions(useApi(), companyId));
}
