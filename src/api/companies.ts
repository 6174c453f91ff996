import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi, type ApiContextValue } from './context';
import { pagedSchema } from './paged';

export const companySchema = z.object({
  CompanyId: z.string().min(1),
  Name: z.string(),
  OrganizationNumber: z.string(),
  Country: z.string().optional(),
});
export type Company = z.infer<typeof companySchema>;

const companiesSchema = pagedSchema(companySchema);

export function companiesQueryOptions({ client, scope }: ApiContextValue) {
  return queryOptions({
    queryKey: [...scope, 'companies'] as const,
    queryFn: ({ signal }) => client.get('/api/v3/companies?take=1000', companiesSchema, { signal }),
    select: (page) => page.Items,
  });
}

export function useCompanies() {
  return useQuery(companiesQueryOptions(useApi()));
}
