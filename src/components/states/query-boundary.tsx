import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { MAX_RETRIES } from '../../data/query-client';
import { LoadingState } from './loading-state';

/** The loading or error state of one query, or nothing once it has data. */
export function QueryStatus({ query, what }: { query: UseQueryResult<unknown>; what: string }) {
  if (query.isPending)
    return <LoadingState what={what} retry={{ attempt: query.failureCount, max: MAX_RETRIES }} />;
  if (query.isError)
    return <ErrorPanel what={what} error={query.error} onRetry={() => void query.refetch()} />;
  return null;
}

interface QueryBoundaryProps<T> {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}

/** Loading, error and data states of one query, the same way everywhere. */
export function QueryBoundary<T>({ query, what, children }: QueryBoundaryProps<T>) {
  if (query.isSuccess) return <>{children(query.data)}</>;
  return <QueryStatus query={query} what={what} />;
}
