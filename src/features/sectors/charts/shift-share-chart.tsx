import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from '../../../components/charts/chart-frame';
import { SERIES_COLORS, STABLE } from '../../../components/charts/chart-palette';
import type { Source } from '../../../domain/provenance';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import { tableLabels } from '../sector-labels';
import { exportName } from '../view-model/export-name';
import { toShiftShareBars, toShiftShareTable } from '../view-model/shift-share-bars';

const PARTS = [
  { key: 'reference', color: SERIES_COLORS[5] },
  { key: 'mix', color: SERIES_COLORS[1] },
  { key: 'competitive', color: SERIES_COLORS[0] },
] as const;

export function ShiftShareChart({
  analysis,
  sources,
}: {
  analysis: SectorAnalysis;
  sources: readonly Source[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bars = toShiftShareBars(analysis, language);
  if (!analysis.growth || bars.length === 0) return null;
  const f = (v: number) => formatNumber(v, language, 0);
  const label = (key: string) => t(`sectors.shiftShare.${key}`);
  return (
    <ChartFrame
      title={t('sectors.shiftShare.title')}
      unit={t('sectors.shiftShare.unit')}
      years={`${analysis.growth.from}–${analysis.growth.to}`}
      source={sources}
      filename={exportName('sektor-shift-share', analysis)}
      legend={PARTS.map((p) => ({ label: label(p.key), color: p.color }))}
      table={toShiftShareTable(bars, language, tableLabels(t, language))}
      height={Math.max(360, bars.length * 26 + 60)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={bars}
          layout="vertical"
          stackOffset="sign"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="#e0e0e0" horizontal={false} />
          <XAxis type="number" tickFormatter={f} fontSize={11} />
          <YAxis type="category" dataKey="label" width={130} fontSize={11} interval={0} />
          <ReferenceLine x={0} stroke={STABLE} />
          <Tooltip isAnimationActive={false} formatter={(value, name) => [f(Number(value)), String(name)]} />
          {PARTS.map((p) => (
            <Bar
              key={p.key}
              dataKey={p.key}
              name={label(p.key)}
              stackId="shift"
              fill={p.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
