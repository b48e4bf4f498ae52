import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useIndicators, useObservationsOf, useRegionIndex, useSectors } from '../../data/queries';
import type { Observation } from '../../domain/observation';
import type { RegionCode } from '../../domain/region';
import { analyseSectors } from '../../domain/sectors/analysis/analyse-sectors';
import { communityNeed, rankSectorPriorities } from '../../domain/sectors/priority';
import { referenceCodeOf } from '../../domain/sectors/measures/reference-economy';
import { indexSectorTables } from '../../domain/sectors/sector-tables';
import { useSelectionStore } from '../../store/selection-store';
import { NEED_INDICATORS, needMeasures, type NeedIndicator } from './view-model/need-measures';
import {
  parseSectorsParams,
  toAnalysisSettings,
  writeSectorsParams,
  type SectorsView,
} from './sectors-params';
import { peersOf, placeOfReference, regionContextOf } from './map/top-sector-map-model';

/** Queries, the chosen region, this page's settings from the address, and the analysis they give. */
export function useSectorsView() {
  const regionCode = useSelectionStore((s) => s.region);
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseSectorsParams(params), [params]);
  const view = parsed.view;

  const { query: regionsQuery, index } = useRegionIndex();
  const sectorsQuery = useSectors();
  const indicatorsQuery = useIndicators();
  // Only the need indicators the publisher has: asking for one it lacks would be an error.
  const needIndicators = useMemo(
    () =>
      (indicatorsQuery.data?.rows ?? []).filter((i) => (NEED_INDICATORS as readonly string[]).includes(i.id)),
    [indicatorsQuery.data],
  );
  const { results: needResults, byId } = useObservationsOf(needIndicators);
  const needKey = needResults.map((r) => r.dataUpdatedAt).join('|');
  const needs = useMemo(
    (): Partial<Record<NeedIndicator, readonly Observation[]>> =>
      Object.fromEntries(NEED_INDICATORS.map((id) => [id, byId.get(id) ?? []])),
    // byId is rebuilt every render; the observations only change when a query updates.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [needKey],
  );

  const tables = useMemo(
    () => (sectorsQuery.data ? indexSectorTables(sectorsQuery.data.rows) : null),
    [sectorsQuery.data],
  );
  const region = regionCode && index ? index.byCode.get(regionCode) : undefined;
  const settings = useMemo(() => toAnalysisSettings(view), [view]);

  const outcome = useMemo(
    () =>
      region && tables && index ? analyseSectors(region, tables, regionContextOf(index), settings) : null,
    [region, tables, index, settings],
  );
  const analysis = outcome?.status === 'ok' ? outcome.analysis : null;
  const referenceCode: RegionCode | null = region ? referenceCodeOf(region) : null;
  const need = useMemo(
    () =>
      region && referenceCode && index
        ? communityNeed(needMeasures(region.code, referenceCode, needs, peersOf(region, index)))
        : null,
    [region, referenceCode, needs, index],
  );
  const missingNeeds = NEED_INDICATORS.filter((id) => !need?.measures.some((m) => m.indicator === id));
  const referencePlace =
    analysis && index ? (index.byCode.get(placeOfReference(analysis))?.name ?? 'Indonesia') : '';
  const ranked = useMemo(
    () => (analysis ? rankSectorPriorities(analysis, view.weights, need) : null),
    [analysis, view.weights, need],
  );

  // One navigation for the region and its settings: a period or reference of the last region may not apply.
  const chooseRegion = (code: RegionCode) =>
    setParams((current) => {
      const next = writeSectorsParams(current, { ...view, from: undefined, to: undefined, ref: undefined });
      next.set('region', code);
      return next;
    });

  const setView = (next: SectorsView) =>
    setParams((current) => writeSectorsParams(current, next), { replace: true });

  return {
    regionCode,
    region,
    chooseRegion,
    index,
    queries: { regionsQuery, sectorsQuery, indicatorsQuery },
    tables,
    view,
    settings,
    setView,
    rejected: parsed.rejected,
    params,
    outcome,
    analysis,
    need,
    needs,
    missingNeeds,
    referencePlace,
    ranked,
  };
}
