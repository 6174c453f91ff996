import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiClient } from './client';
import { contract, type Schemas } from './contract';
import { useApi, type ApiContextValue } from './context';
import { nullish } from './links';

/** `BankAccountAliases`: other names of the same account. */
export const aliasesSchema = contract<Schemas['BankAccountAliases']>()(
  z.object({
  Iban: nullish(z.string()),
  PlusGirot: nullish(z.string()),
  BankGirot: nullish(z.string()),
  GiroKonto: nullish(z.string()),
  }),
);

/** `BankAccountResponseWithReadiness`: no name and no balance, as Aritma documents it. */
export const bankAccountSchema = contract<Schemas['BankAccountResponseWithReadiness']>()(
  z.object({
    AccountId: z.string(),
    AccountNumber: z.string(),
    Bic: nullish(z.string()),
    Currency: nullish(z.string()),
    AccountGroupId: nullish(z.string()),
    Ledger: nullish(z.string()),
    Aliases: nullish(aliasesSchema),
    ReadyForPayments: z.boolean(),
  }),
);
export type BankAccount = Schemas['BankAccountResponseWithReadiness'];

/** `GET /api/v3/accounts/{companyId}`; `Accounts` is nullable. */
export const companyAccountsSchema = contract<Schemas['CompanyAccountsResponse']>()(
  z.object({
    CompanyId: z.string(),
    Accounts: nullish(z.array(bankAccountSchema)),
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
