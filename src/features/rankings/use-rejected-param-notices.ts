import { useEffect } from 'react';
import { useNoticeStore } from '../../store/notice-store';

export function useRejectedParamNotices(rejected: readonly string[], params: URLSearchParams) {
  const key = JSON.stringify(rejected.map((p) => [p, params.get(p) ?? '']));
  useEffect(
    function reportRejectedParams() {
      for (const [param, value] of JSON.parse(key) as [string, string][]) {
        useNoticeStore.getState().addNotice({
          id: `param-${param}`,
          messageKey: 'notice.badParam',
          params: { param, value },
          tone: 'warning',
        });
      }
    },
    [key],
  );
}
