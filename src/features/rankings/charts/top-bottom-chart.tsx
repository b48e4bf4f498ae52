import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BETTER, MUTED, WORSE } from '../../../components/charts/chart-palette';
import type { Language } from '../../../domain/localized';
import { formatNumber } from '../../../lib/format';
import type { BarRow } from '../rankings-model';

interface TopBottomChartProps {
  bars: readonly BarRow[];
  ranked: boolean;
  decimals: number;
  language: Language;
}

export const BAR_HEIGHT = 22;
const shortName = (name: string) =>
  name.replace(/^Kabupaten /, 'Kab. ').replace(/^Kota Administrasi /, 'Kota Adm. ');

/** Horizontal bars, best at the top; only draws the rows it is given. */
export function TopBottomChart({ bars, ranked, decimals, language }: TopBottomChartProps) {
  const data = bars.map((b) => ({ ...b, label: `${b.rank}. ${shortName(b.name)}` }));
  const format = (value: number) => formatNumber(value, language, decimals);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke="#e0e0e0" />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatNumber(v, language, Number.isInteger(v) ? 0 : 1)}
          fontSize={11}
        />
        <YAxis type="category" dataKey="label" width={190} fontSize={11} interval={0} />
        <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 10, formatter: (v: unknown) => format(Number(v)) }}
        >
          {data.map((b) => (
            <Cell key={b.code} fill={!ranked ? MUTED : b.part === 'top' ? BETTER : WORSE} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
