import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useNoticeStore } from '../../store/notice-store';
import { parseCompareParams, writeCompareParams, type CompareView } from './compare-params';

/** This page's own view from the address (scatter axes, peer settings), and a setter that writes it back. */
export function useCompareView() {
  const [params, setParams] = useSearchParams();
  const { view, rejected } = useMemo(() => parseCompareParams(params), [params]);
  const report = JSON.stringify(rejected.map((p) => [p, params.get(p) ?? '']));
  useEffect(
    function reportRejectedParams() {
      for (const [param, value] of JSON.parse(report) as [string, string][]) {
        useNoticeStore.getState().addNotice({
          id: `param-${param}`,
          messageKey: 'notice.badParam',
          params: { param, value },
          tone: 'warning',
        });
      }
    },
    [report],
  );
  const setView = (patch: Partial<CompareView>) =>
    setParams((current) => writeCompareParams(current, { ...parseCompareParams(current).view, ...patch }), {
      replace: true,
    });
  return { view, setView };
}
