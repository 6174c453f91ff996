import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

const maxRetries = 3;

/**
 * Retries only what may succeed later, with exponential backoff: 5xx and network failures three
 * times, a timeout once (each already waited long); never a 4xx.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) =>
          error instanceof ApiError && error.retryable && failureCount < (error.code === 'timeout' ? 1 : maxRetries),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
      },
    },
  });
}
