import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/errors';
import { whenIdleAfterPaint } from '../lib/preload';

const maxRetries = 3;

/**
 * Retries only what may succeed later, with exponential backoff: 5xx and network failures three
 * times, a timeout once (each already waited long); never a 4xx.
 */
function createQueryClient(): QueryClient {
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

/**
 * The page's one query cache, for the signed-in pages and the explorer: both are chunks fetched
 * after the first paint, and so is this module, so the signed-out page carries no react-query.
 */
export const queryClient = createQueryClient();

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/**
 * Runs `task` once, when no query of `client` is fetching, the page has painted what that brought and the
 * browser is idle; a fetch that starts meanwhile puts it off until that one is done too. Watches the cache
 * itself, so no component renders again on each fetch. Returns what cancels it.
 */
export function whenQueriesSettle(client: QueryClient, task: () => void): () => void {
  let pending: (() => void) | null = null;
  const settled = () => client.isFetching() === 0;
  const check = () => {
    if (!settled()) {
      pending?.();
      pending = null;
    } else {
      pending ??= whenIdleAfterPaint(() => {
        pending = null;
        if (!settled()) return; // the fetch that started is heard by check
        stop();
        task();
      });
    }
  };
  const unsubscribe = client.getQueryCache().subscribe(check);
  const stop = () => {
    unsubscribe();
    pending?.();
    pending = null;
  };
  check();
  return stop;
}
