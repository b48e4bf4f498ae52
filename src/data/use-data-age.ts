import { useSyncExternalStore } from 'react';
import { getOldestDataDate, subscribeDataAge } from './data-age';

/** The time the oldest data file on screen left its server (ms since the epoch), or null. */
export function useDataAge(): number | null {
  return useSyncExternalStore(subscribeDataAge, getOldestDataDate, () => null);
}
