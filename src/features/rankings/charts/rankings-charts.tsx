import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../../components/charts/chart-frame';
import { ROLE_COLORS } from '../../../components/charts/chart-palette';
import { DistributionStrip } from '../../../components/charts/distribution-strip';
import type { RankingRow } from '../../../domain/analysis/ranking/rankings-table';
import { isRanked, type Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import { sourcesOf } from '../../../domain/provenance';
import { useLanguage } from '../../../i18n/use-language';
import { useSelectionStore, type MapLevel } from '../../../store/selection-store';
import { exportName, toStripData, toTopBottomBars } from '../rankings-model';
import { useComparedCodes } from '../use-compared-codes';
import { BAR_HEIGHT, TopBottomChart } from './top-bottom-chart';

interface RankingsChartsProps {
  indicator: Indicator;
  year: number;
  level: MapLevel;
  rows: readonly RankingRow[];
  shown: readonly RankingRow[];
  filtered: boolean;
}

// Memoised: a sort changes the table's order, not what the charts show.
export const RankingsCharts = memo(function RankingsCharts({
  indicator,
  year,
  level,
  rows,
  shown,
  filtered,
}: RankingsChartsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const region = useSelectionStore((s) => s.region);
  const compare = useComparedCodes();
  const name = pickText(indicator.name, language);
  const unit = pickText(indicator.unit, language);
  const ranked = isRanked(indicator);
  // With a filter on, the bars are the filtered regions' best and worst (national ranks kept).
  const bars = useMemo(() => toTopBottomBars(filtered ? shown : rows), [filtered, shown, rows]);
  const strip = useMemo(
    () => toStripData(rows, region, compare, filtered ? shown : null),
    [rows, region, compare, filtered, shown],
  );
  const base = exportName(indicator.id, year, level);
  // Imported values overriding the official ones say so in the caption and the PNG/SVG, beside BPS's.
  const sources = useMemo(
    () =>
      sourcesOf(
        rows.flatMap((r) => (r.observation ? [r.observation] : [])),
        indicator.source,
      ),
    [rows, indicator.source],
  );
  const columns = [
    { key: 'rank', label: t('rankings.column.rank') },
    { key: 'region', label: t('rankings.column.name') },
    { key: 'value', label: `${t('rankings.column.value')} (${unit})`, decimals: indicator.decimals },
  ];
  const legend = (['self', 'compare', 'filtered'] as const)
    .filter((role) => strip.highlight.some((h) => h.role === role))
    .map((role) => ({ label: t(`rankings.role.${role}`), color: ROLE_COLORS[role] }));

  return (
    <div className="rankings-charts">
      <ChartFrame
        title={t(ranked ? 'rankings.topBottom' : 'rankings.topBottomNeutral', { indicator: name })}
        unit={unit}
        source={sources}
        years={String(year)}
        filename={`${base}-top-bottom`}
        table={{
          columns,
          rows: bars.map((b) => ({ rank: ranked ? b.rank : null, region: b.name, value: b.value })),
        }}
        height={bars.length * BAR_HEIGHT + 40}
        note={filtered ? t('rankings.filteredBars', { count: shown.length }) : undefined}
      >
        <TopBottomChart bars={bars} ranked={ranked} decimals={indicator.decimals} language={language} />
      </ChartFrame>
      <ChartFrame
        title={t('rankings.strip', { indicator: name })}
        unit={unit}
        source={sources}
        years={String(year)}
        filename={`${base}-sebaran`}
        note={t('rankings.stripNote')}
        legend={legend}
        table={{
          columns,
          rows: rows
            .filter((r) => r.value !== null)
            .map((r) => ({ rank: r.rank?.rank ?? null, region: r.region.name, value: r.value })),
        }}
        height={68}
      >
        <DistributionStrip
          points={strip.points}
          highlight={strip.highlight}
          polarity={indicator.polarity}
          decimals={indicator.decimals}
          label={`${name} ${year}`}
          width={480}
          height={60}
          fontSize={16}
        />
      </ChartFrame>
    </div>
  );
});
