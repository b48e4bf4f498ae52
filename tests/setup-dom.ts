import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useNoticeStore } from '../src/store/notice-store';
import { DEFAULT_SELECTION, useSelectionStore } from '../src/store/selection-store';
import { server } from './msw-server';

// jsdom has no canvas; Leaflet's canvas renderer only needs calls that do nothing.
HTMLCanvasElement.prototype.getContext = function fakeContext(this: HTMLCanvasElement) {
  return new Proxy({}, { get: (_target, property) => (property === 'canvas' ? this : () => undefined) });
} as unknown as HTMLCanvasElement['getContext'];

// The first render of a lazy page compiles its chunk; on a loaded 2-core CI machine that can take
// longer than Testing Library's 1 s default. Waiting longer changes no assertion.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  useSelectionStore.getState().replaceSelection(DEFAULT_SELECTION);
  useNoticeStore.setState({ notices: [] });
  localStorage.clear();
});
afterAll(() => server.close());
