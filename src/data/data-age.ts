/**
 * When the figures on screen left their server, read from each data response's `Date` header. A response
 * that the service worker serves from its cache keeps the `Date` of the original download, so with no
 * signal the oldest of them says how old the figures are.
 */
type Listener = () => void;

const fetchedAt = new Map<string, number>();
const listeners = new Set<Listener>();
let oldest: number | null = null;

export function recordDataDate(url: string, dateHeader: string | null): void {
  if (!dateHeader) return;
  const time = Date.parse(dateHeader);
  if (Number.isNaN(time)) return;
  fetchedAt.set(url, time);
  const next = Math.min(...fetchedAt.values());
  if (next === oldest) return;
  oldest = next;
  listeners.forEach((listener) => listener());
}

/** Milliseconds since the epoch of the oldest data response on this page, or null before any arrived. */
export function getOldestDataDate(): number | null {
  return oldest;
}

export function subscribeDataAge(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every data file read on this page so far, as fetched. */
export function fetchedDataUrls(): string[] {
  return [...fetchedAt.keys()];
}

/** For tests: forget every recorded response. */
export function resetDataAge(): void {
  fetchedAt.clear();
  oldest = null;
}
