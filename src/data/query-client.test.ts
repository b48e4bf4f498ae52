import { describe, expect, it } from 'vitest';
import { DataFetchError } from './fetch-json';
import { InvalidPayloadError } from './schemas/validate-rows';
import { backoffDelay, shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries network faults and server errors up to three times', () => {
    expect(shouldRetry(0, new DataFetchError('network', '/x'))).toBe(true);
    expect(shouldRetry(2, new DataFetchError('http', '/x', 503))).toBe(true);
    expect(shouldRetry(3, new DataFetchError('http', '/x', 503))).toBe(false);
  });

  it('does not retry a 4xx, broken JSON or an invalid payload', () => {
    expect(shouldRetry(0, new DataFetchError('http', '/x', 404))).toBe(false);
    expect(shouldRetry(0, new DataFetchError('not-json', '/x'))).toBe(false);
    expect(shouldRetry(0, new InvalidPayloadError('regions.json', []))).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('doubles and is capped', () => {
    expect([0, 1, 2, 10].map(backoffDelay)).toEqual([500, 1000, 2000, 8000]);
  });
});
