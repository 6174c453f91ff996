import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

const maxRetries = 3;

/** Retries only what may succeed later (5xx, network), with exponential backoff; never a 4xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => error instanceof ApiError && error.retryable && failureCount < maxRetries,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
      },
    },
  });
}
