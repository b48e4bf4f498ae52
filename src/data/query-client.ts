import { QueryClient } from '@tanstack/react-query';
import { DataFetchError } from './fetch-json';

export const MAX_RETRIES = 3;

/** Retry network faults and 5xx with backoff; a 4xx or invalid data will not get better by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof DataFetchError && error.retryable && failureCount < MAX_RETRIES;
}

export function backoffDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8_000);
}

export function createQueryClient({ retryDelay = backoffDelay } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published statistics change a few times a year; a session never needs to refetch them.
        staleTime: 10 * 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
