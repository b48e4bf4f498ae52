import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useNoticeStore } from '../../store/notice-store';
import { pickSelection, useSelectionStore } from '../../store/selection-store';
import { parseSelectionParams, toSelectionParams } from './url-params';

const asSearch = (params: URLSearchParams) => (params.size > 0 ? `?${params.toString()}` : '');

/** Keeps the selection store and the query string in step, in both directions. */
export function useUrlSync(): void {
  const location = useLocation();
  const navigate = useNavigate();
  const locationRef = useRef(location);
  const written = useRef<string | null>(null);

  useEffect(function rememberLocation() {
    locationRef.current = location;
  });

  useEffect(
    function readSelectionFromUrl() {
      if (location.search === written.current) return;
      const params = new URLSearchParams(location.search);
      const { selection, rejected } = parseSelectionParams(params);
      written.current = asSearch(toSelectionParams(selection, params));
      useSelectionStore.getState().replaceSelection(selection);
      const { addNotice } = useNoticeStore.getState();
      for (const { param, value } of rejected) {
        addNotice({
          id: `param-${param}`,
          messageKey: 'notice.badParam',
          params: { param, value },
          tone: 'warning',
        });
      }
    },
    [location.search],
  );

  useEffect(
    function writeSelectionToUrl() {
      return useSelectionStore.subscribe((state) => {
        const { pathname, search } = locationRef.current;
        const next = asSearch(toSelectionParams(pickSelection(state), new URLSearchParams(search)));
        if (next === search) return;
        written.current = next;
        void navigate({ pathname, search: next }, { replace: true });
      });
    },
    [navigate],
  );
}
