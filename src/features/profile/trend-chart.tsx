import { CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language } from '../../domain/localized';
import type { TrendRow } from '../../domain/analysis/trend-series';
import { formatNumber } from '../../lib/format';
import type { TrendLine } from './trend-model';

interface TrendChartProps {
  rows: readonly TrendRow[];
  lines: readonly TrendLine[];
  oldBoundaryYears: readonly number[];
  decimals: number;
  language: Language;
  oldBoundaryLabel: string;
}

/** Drawn at a fixed size and scaled by CSS, so print and export never cut it off. */
export const TREND_WIDTH = 640;
export const TREND_HEIGHT = 260;

/** Lines only; a gap year is a null, so the line breaks there instead of drawing through. */
export function TrendChart({
  rows,
  lines,
  oldBoundaryYears,
  decimals,
  language,
  oldBoundaryLabel,
}: TrendChartProps) {
  const format = (value: number) => formatNumber(value, language, decimals);
  const data = rows.map((r) => ({ ...r }));
  return (
    <LineChart
      width={TREND_WIDTH}
      height={TREND_HEIGHT}
      data={data}
      margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
      className="trend-chart"
    >
      <CartesianGrid stroke="#e6e6e6" vertical={false} />
      <XAxis dataKey="year" fontSize={12} interval="preserveStartEnd" />
      <YAxis
        fontSize={12}
        width={56}
        domain={['auto', 'auto']}
        tickFormatter={(v: number) => format(v)}
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
            label={{ value: oldBoundaryLabel, position: 'top', fontSize: 10 }}
          />
        ))}
    </LineChart>
  );
}
