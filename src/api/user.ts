import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useApi, type ApiContextValue } from './context';

export const userSchema = z.object({
  UserId: z.string().min(1),
  Name: z.string(),
  Email: z.string(),
  CompanyIds: z.array(z.string()),
});
export type ApiUser = z.infer<typeof userSchema>;

export function userQueryOptions({ client, scope }: ApiContextValue) {
  return queryOptions({
    queryKey: [...scope, 'user'] as const,
    queryFn: ({ signal }) => client.get('/api/v3/user', userSchema, { signal }),
  });
}

/** The API's view of the signed-in user: who the access token speaks for and which companies they see. */
export function useApiUser() {
  return useQuery(userQueryOptions(useApi()));
}
