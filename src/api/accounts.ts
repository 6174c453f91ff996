import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useCompanies, type Company } from './companies';
import { useApi, type ApiContextValue } from './context';
import { pagedSchema } from './paged';

export const accountSchema = z.object({
  CompanyId: z.string(),
  AccountNo: z.string().min(1),
  Iban: z.string().nullable().optional(),
  Bic: z.string().nullable().optional(),
  Name: z.string().nullable().optional(),
  Currency: z.string().length(3),
  Balance: z.number().optional(),
  ReadyForPayments: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

const accountsSchema = pagedSchema(accountSchema);

export function accountsQueryOptions({ client, scope }: ApiContextValue, companyId: string) {
  return queryOptions({
    queryKey: [...scope, 'companies', companyId, 'accounts'] as const,
    queryFn: ({ signal }) =>
      client.get(`/api/v3/companies/${encodeURIComponent(companyId)}/accounts?take=1000`, accountsSchema, { signal }),
    select: (page) => page.Items,
  });
}

export interface CompanyAccounts {
  company: Company;
  accounts: Account[];
}

/** Every account of every company the user can see, grouped by company. */
export function useAllAccounts() {
  const api = useApi();
  const companies = useCompanies();
  const perCompany = useQueries({
    queries: (companies.data ?? []).map((company) => accountsQueryOptions(api, company.CompanyId)),
  });
  const failed = companies.error ?? perCompany.find((query) => query.error)?.error ?? null;
  const pending = companies.isPending || perCompany.some((query) => query.isPending);
  const data: CompanyAccounts[] | undefined =
    pending || failed || !companies.data
      ? undefined
      : companies.data.map((company, index) => ({ company, accounts: perCompany[index]?.data ?? [] }));
  const refetch = () => {
    if (companies.error) return void companies.refetch();
    for (const query of perCompany) if (query.error) void query.refetch();
  };
  return { data, error: failed, isPending: pending && !failed, refetch };
}

export function accountQueryOptions({ client, scope }: ApiContextValue, companyId: string, accountNo: string) {
  return queryOptions({
    queryKey: [...scope, 'companies', companyId, 'accounts', accountNo] as const,
    queryFn: ({ signal }) =>
      client.get(`/api/v3/companies/${encodeURIComponent(companyId)}/accounts/${encodeURIComponent(accountNo)}`, accountSchema, { signal }),
  });
}

/** One account of one company: name, numbers and balance. */
export function useAccount(companyId: string, accountNo: string) {
  return useQuery(accountQueryOptions(useApi(), companyId, accountNo));
}
