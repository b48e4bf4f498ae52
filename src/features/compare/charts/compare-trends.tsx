import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/charts/chart-frame';
import { seriesColor } from '../../../components/charts/chart-palette';
import { fileSlug } from '../../../lib/chart-export';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { Observation } from '../../../domain/observation';
import type { Region } from '../../../domain/region';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import { niceAxis, toMultiTrend, trendGaps, type MultiTrend } from './compare-trends-model';

interface CompareTrendsProps {
  regions: readonly Region[];
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
}

/** One chart per indicator with a value for any compared region; one line per region. */
export function CompareTrends({ regions, indicators, observationsById }: CompareTrendsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trends = indicators.map((indicator) => ({
    indicator,
    trend: toMultiTrend(observationsById.get(indicator.id) ?? [], regions),
  }));
  // A trend needs two years: single-year indicators (population, area) are in the table, not charted.
  const drawn = trends.filter((x) => x.trend.rows.length > 1);
  const single = trends.filter((x) => x.trend.rows.length === 1);
  const empty = trends.filter((x) => x.trend.rows.length === 0);
  const names = (list: typeof trends) => list.map((x) => pickText(x.indicator.name, language)).join(', ');
  return (
    <section className="section">
      <h2>{t('compare.trends')}</h2>
      <div className="compare-trends">
        {drawn.map(({ indicator, trend }) => (
          <TrendChart key={indicator.id} indicator={indicator} trend={trend} />
        ))}
      </div>
      {single.length > 0 && <p className="muted">{t('compare.singleYear', { indicators: names(single) })}</p>}
      {empty.length > 0 && <p className="muted">{t('compare.noTrend', { indicators: names(empty) })}</p>}
    </section>
  );
}

function TrendChart({ indicator, trend }: { indicator: Indicator; trend: MultiTrend }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const years =
    trend.firstYear === trend.lastYear ? `${trend.firstYear}` : `${trend.firstYear}–${trend.lastYear}`;
  const gaps = trendGaps(trend);
  const format = (value: number) => formatNumber(value, language, indicator.decimals);
  const tick = (value: number) => formatNumber(value, language, Number.isInteger(value) ? 0 : 2);
  const values = trend.rows.flatMap((r) =>
    trend.series.flatMap((s) => (r[s.key] === null ? [] : [r[s.key]!])),
  );
  const axis = niceAxis(values, indicator.range);
  return (
    <ChartFrame
      title={t('compare.trendTitle', { indicator: pickText(indicator.name, language) })}
      unit={pickText(indicator.unit, language)}
      source={indicator.source}
      years={years}
      filename={fileSlug(indicator.id, years.replace('–', '-'), ...trend.series.map((s) => s.code))}
      legend={trend.series.map((s, i) => ({ label: s.name, color: seriesColor(i) }))}
      note={
        gaps.length > 0
          ? t('compare.trendGaps', { years: gaps.map((g) => `${g.name} ${g.years.join(', ')}`).join('; ') })
          : undefined
      }
      table={{
        columns: [
          { key: 'year', label: t('compare.year') },
          ...trend.series.map((s) => ({ key: s.key, label: s.name, decimals: indicator.decimals })),
        ],
        rows: trend.rows,
      }}
      height={240}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={trend.rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e0e0e0" />
          <XAxis
            dataKey="year"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            fontSize={11}
          />
          <YAxis
            domain={axis?.domain ?? ['auto', 'auto']}
            ticks={axis?.ticks}
            tickFormatter={tick}
            fontSize={11}
            width={56}
          />
          <Tooltip formatter={(value) => format(Number(value))} isAnimationActive={false} />
          {trend.series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={seriesColor(i)}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
