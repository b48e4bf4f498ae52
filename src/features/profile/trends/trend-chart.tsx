import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ROLE_COLORS } from '../../../components/charts/chart-palette';
import type { Language } from '../../../domain/localized';
import type { TrendRow } from '../../../domain/analysis/change/trend-series';
import { formatNumber } from '../../../lib/format';
import type { TrendLine } from './trend-model';

interface TrendChartProps {
  rows: readonly TrendRow[];
  /** The indicator's plausible range: the axis never runs past it (no 105 on a 0–100 score). */
  range?: { min: number | null; max: number | null };
  lines: readonly TrendLine[];
  oldBoundaryYears: readonly number[];
  decimals: number;
  language: Language;
  oldBoundaryLabel: string;
  targetLabel: string;
}

/** Drawn at a fixed size and scaled by CSS, so print and export never cut it off. */
// Drawn near a phone's width and scaled to the box, so its 13-unit labels stay ≥ 11 px on a phone and
// ≥ 8 pt in a two-column A4 print.
export const TREND_WIDTH = 360;
export const TREND_HEIGHT = 220;

/** Lines only; a gap year is a null, so the line breaks there instead of drawing through. */
export function TrendChart(props: TrendChartProps) {
  const { rows, lines, oldBoundaryYears, decimals, language, oldBoundaryLabel, targetLabel, range } = props;
  const format = (value: number) => formatNumber(value, language, decimals);
  const tick = (value: number) => formatNumber(value, language, Math.min(decimals, 1));
  const values = rows.flatMap((r) => lines.map((l) => r[l.key])).filter((v): v is number => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.15 || Math.abs(high) * 0.05 || 1;
  const domain: [number, number] = [
    Math.max(range?.min ?? -Infinity, Math.floor(low - pad)),
    Math.min(range?.max ?? Infinity, Math.ceil(high + pad)),
  ];
  const data = rows.map((r) => ({ ...r }));
  return (
    <LineChart
      width={TREND_WIDTH}
      height={TREND_HEIGHT}
      data={data}
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
      className="trend-chart"
    >
      <CartesianGrid stroke="#e6e6e6" vertical={false} />
      <XAxis dataKey="year" fontSize={13} interval="preserveStartEnd" />
      <YAxis
        fontSize={13}
        width={52}
        domain={domain}
        tickCount={5}
        tickFormatter={(v: number) => tick(v)}
        allowDecimals
      />
      <Tooltip
        isAnimationActive={false}
        formatter={(value, name) => [format(Number(value)), String(name)]}
        labelFormatter={(label) => String(label)}
      />
      {lines.map((line) => (
        <Line
          key={line.key}
          dataKey={line.key}
          name={line.label}
          stroke={line.color}
          strokeWidth={line.key === 'self' ? 3 : 2}
          strokeDasharray={line.dashed ? '6 4' : undefined}
          dot={{ r: line.key === 'target' ? 5 : 3, fill: line.color }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      {lines.some((l) => l.key === 'target') &&
        rows
          .filter((r) => r.target !== null)
          .map((r) => (
            <ReferenceLine
              key={`target-${r.year}`}
              y={r.target!}
              stroke={ROLE_COLORS.target}
              strokeDasharray="4 4"
              label={{
                value: `${targetLabel} ${r.year}: ${format(r.target!)}`,
                position: 'insideTopLeft',
                fontSize: 12,
              }}
            />
          ))}
      {rows
        .filter((r) => oldBoundaryYears.includes(r.year) && r.self !== null)
        .map((r) => (
          <ReferenceDot
            key={r.year}
            x={r.year}
            y={r.self!}
            r={7}
            fill="none"
            stroke="#000000"
            strokeDasharray="2 2"
            label={{ value: oldBoundaryLabel, position: 'top', fontSize: 12 }}
          />
        ))}
    </LineChart>
  );
}
