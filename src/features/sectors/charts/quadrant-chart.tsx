import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { ChartFrame } from '../../../components/charts/chart-frame';
import { BETTER, SERIES_COLORS, STABLE, WORSE } from '../../../components/charts/chart-palette';
import type { Source } from '../../../domain/provenance';
import type { SectorAnalysis } from '../../../domain/sectors/analysis/sector-analysis';
import { classifySlqDlq, type SlqDlqClass } from '../../../domain/sectors/measures/location-quotient';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import { tableLabels } from '../sector-labels';
import { exportName } from '../view-model/export-name';
import { toQuadrantPoints, toQuadrantTable, type QuadrantPoint } from '../view-model/quadrant-points';

const CLASS_COLORS: Record<SlqDlqClass, string> = {
  unggulan: BETTER,
  prospektif: SERIES_COLORS[1],
  andalan: SERIES_COLORS[2],
  tertinggal: WORSE,
};
const CLASSES: SlqDlqClass[] = ['unggulan', 'prospektif', 'andalan', 'tertinggal'];

interface QuadrantChartProps {
  analysis: SectorAnalysis;
  sources: readonly Source[];
  referenceName: string;
}

export function QuadrantChart({ analysis, sources, referenceName }: QuadrantChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const points = toQuadrantPoints(analysis, language);
  if (!analysis.growth || points.length === 0) return null;
  const f2 = (v: number) => formatNumber(v, language, 2);
  const xMax = Math.max(2, Math.ceil(Math.max(...points.map((p) => p.slq)) * 2) / 2);
  const yMin = Math.min(0.8, Math.floor(Math.min(...points.map((p) => p.dlq)) * 10) / 10);
  const yMax = Math.max(1.2, Math.ceil(Math.max(...points.map((p) => p.dlq)) * 10) / 10);
  const xTicks = steps(0, xMax, xMax > 4 ? 1 : 0.5);
  const yTicks = steps(yMin, yMax, yMax - yMin > 1.2 ? 0.2 : 0.1);
  const byClass = (c: SlqDlqClass) => points.filter((p) => classifySlqDlq(p.slq, p.dlq) === c);
  return (
    <ChartFrame
      title={t('sectors.quadrant.title')}
      unit={t('sectors.quadrant.unit')}
      years={`${analysis.growth.from}–${analysis.growth.to}`}
      source={sources}
      note={`${t('sectors.reference.label')}: ${referenceName}`}
      filename={exportName('sektor-kuadran-lq-dlq', analysis)}
      legend={CLASSES.map((c) => ({ label: t(`sectors.quadrant.${c}`), color: CLASS_COLORS[c] }))}
      table={toQuadrantTable(points, language, tableLabels(t, language))}
      height={420}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 24, bottom: 36, left: 8 }}>
          <CartesianGrid stroke="#e0e0e0" />
          <XAxis
            type="number"
            dataKey="slq"
            name="LQ"
            domain={[0, xMax]}
            ticks={xTicks}
            tickFormatter={f2}
            fontSize={11}
            label={{ value: 'LQ', position: 'insideBottom', offset: -20, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="dlq"
            name="DLQ"
            domain={[yMin, yMax]}
            ticks={yTicks}
            tickFormatter={f2}
            fontSize={11}
            width={48}
            label={{ value: 'DLQ', angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <ZAxis type="number" dataKey="share" range={[40, 400]} />
          <ReferenceLine x={1} stroke={STABLE} strokeDasharray="4 3" />
          <ReferenceLine y={1} stroke={STABLE} strokeDasharray="4 3" />
          <Tooltip
            isAnimationActive={false}
            content={({ payload }) => (
              <QuadrantTip point={payload?.[0]?.payload as QuadrantPoint | undefined} f2={f2} />
            )}
          />
          {CLASSES.map((c) => (
            <Scatter
              key={c}
              name={t(`sectors.quadrant.${c}`)}
              data={byClass(c)}
              fill={CLASS_COLORS[c]}
              isAnimationActive={false}
            >
              <LabelList dataKey="label" content={PointLabel} />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

function QuadrantTip({ point, f2 }: { point: QuadrantPoint | undefined; f2: (v: number) => string }) {
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.label}</strong>
      <div>
        LQ {f2(point.slq)} · DLQ {f2(point.dlq)}
      </div>
    </div>
  );
}

/** One line per label: Recharts' own label wraps every word of a short name onto its own line. */
function PointLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  value?: unknown;
}) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
  return (
    <text x={x} y={Number(props.y ?? 0) - 3} textAnchor="middle" fontSize={10} fill="#333">
      {String(props.value ?? '')}
    </text>
  );
}

function steps(from: number, to: number, step: number): number[] {
  const count = Math.round((to - from) / step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
}
