import { useMemo } from 'react';
import { useBoundaries, useIndicators, useObservations, useRegionIndex } from '../../data/queries';
import { effectiveIndicator, effectiveYear, yearsWithData } from '../../store/selectors';
import { useSelectionStore } from '../../store/selection-store';
import { codesWithoutBoundary, toBoundaryFeatures } from './layers/boundary-features';
import { availableMethods, toChoropleth } from './choropleth-model';

/** Every query the overview needs, and the pure models built from them. Each part may fail alone. */
export function useOverviewData() {
  const selection = useSelectionStore();
  const { query: regionsQuery, index } = useRegionIndex();
  const indicatorsQuery = useIndicators();
  const indicator = indicatorsQuery.data
    ? effectiveIndicator(selection.indicator, indicatorsQuery.data.rows)
    : undefined;
  const observationsQuery = useObservations(indicator?.id);
  const boundariesQuery = useBoundaries(selection.level);
  const outlinesQuery = useBoundaries('province');

  const observations = observationsQuery.data?.rows;
  const levelObservations = useMemo(
    () =>
      observations && index
        ? observations.filter((o) => index.byCode.get(o.region)?.level === selection.level)
        : [],
    [observations, index, selection.level],
  );
  const years = useMemo(() => yearsWithData(levelObservations), [levelObservations]);
  const year =
    effectiveYear(selection.year, levelObservations) ??
    (observations ? effectiveYear(null, observations) : undefined);
  const methods = indicator && year !== undefined ? availableMethods(indicator, year) : [];
  const method = methods.includes(selection.classes) ? selection.classes : 'quantile';

  const model = useMemo(
    () =>
      indicator && observations && index && year !== undefined
        ? toChoropleth({ indicator, observations, year, level: selection.level, index, method })
        : null,
    [indicator, observations, index, year, selection.level, method],
  );
  const features = useMemo(
    () => (boundariesQuery.data ? toBoundaryFeatures(boundariesQuery.data) : null),
    [boundariesQuery.data],
  );
  const outlines = useMemo(
    () =>
      selection.level === 'regency' && outlinesQuery.data ? toBoundaryFeatures(outlinesQuery.data) : null,
    [selection.level, outlinesQuery.data],
  );
  const missingBoundaries = useMemo(
    () =>
      features && index
        ? codesWithoutBoundary(
            index.atLevel(selection.level).map((r) => r.code),
            features,
          )
        : [],
    [features, index, selection.level],
  );

  return {
    selection,
    queries: { regionsQuery, indicatorsQuery, observationsQuery, boundariesQuery },
    index,
    indicator,
    year,
    years,
    methods,
    method,
    model,
    features,
    outlines,
    missingBoundaries,
  };
}
