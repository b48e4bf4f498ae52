import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useIndicators, useObservations, useRegionIndex } from '../../data/queries';
import {
  buildRankingRows,
  filterRankingRows,
  sortRankingRows,
  type RankingRow,
} from '../../domain/analysis/ranking/rankings-table';
import { effectiveIndicator, yearsWithData } from '../../store/selectors';
import { pickRankingsYear } from './rankings-year';
import { useSelectionStore } from '../../store/selection-store';
import { parseRankingsParams, writeRankingsParams, type RankingsView } from './rankings-params';

/** Queries, the shared selection and this page's own view (from the address), and the memoised rows. */
export function useRankingsData() {
  const selection = useSelectionStore();
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseRankingsParams(params), [params]);
  const { column, direction } = parsed.view.sort;
  const { province, kind, query } = parsed.view.filter;
  // Stable objects, so typing in the search box re-filters without re-sorting.
  const sort = useMemo(() => ({ column, direction }), [column, direction]);
  const filter = useMemo(() => ({ province, kind, query }), [province, kind, query]);
  const view: RankingsView = useMemo(() => ({ sort, filter }), [sort, filter]);
  const { query: regionsQuery, index } = useRegionIndex();
  const indicatorsQuery = useIndicators();
  const indicator = indicatorsQuery.data
    ? effectiveIndicator(selection.indicator, indicatorsQuery.data.rows)
    : undefined;
  const observationsQuery = useObservations(indicator?.id);
  const observations = observationsQuery.data?.rows;

  const levelObservations = useMemo(
    () =>
      observations && index
        ? observations.filter((o) => index.byCode.get(o.region)?.level === selection.level)
        : [],
    [observations, index, selection.level],
  );
  const years = useMemo(() => yearsWithData(levelObservations), [levelObservations]);
  const { year, basis: yearBasis } = pickRankingsYear(selection.year, years);

  // Built once per indicator, year and level; sorting and filtering reuse these rows.
  const rows = useMemo(
    () =>
      indicator && index && year !== undefined
        ? buildRankingRows({
            indicator,
            observations: levelObservations,
            year,
            regions: index.atLevel(selection.level),
            regionOf: (code) => index.byCode.get(code),
          })
        : null,
    [indicator, index, year, levelObservations, selection.level],
  );
  const sorted = useMemo(
    () => (rows && indicator ? sortRankingRows(rows, sort, indicator) : null),
    [rows, indicator, sort],
  );
  const shown: RankingRow[] | null = useMemo(
    () => (sorted ? filterRankingRows(sorted, filter) : null),
    [sorted, filter],
  );

  // The address updates before the page re-renders; a second quick click must build on the first.
  const latest = useRef(view);
  useEffect(
    function followAddress() {
      latest.current = view;
    },
    [view],
  );
  const updateView = (update: (view: RankingsView) => RankingsView) => {
    const next = update(latest.current);
    latest.current = next;
    setParams((current) => writeRankingsParams(current, next), { replace: true });
  };

  return {
    selection,
    queries: { regionsQuery, indicatorsQuery, observationsQuery },
    index,
    indicator,
    year,
    yearBasis,
    years,
    rows,
    shown,
    view,
    rejected: parsed.rejected,
    params,
    updateView,
  };
}
