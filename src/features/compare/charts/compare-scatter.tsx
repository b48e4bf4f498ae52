import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { ChartFrame } from '../../../components/charts/chart-frame';
import { MUTED, seriesColor } from '../../../components/charts/chart-palette';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { Region, RegionCode } from '../../../domain/region';
import { useLanguage } from '../../../i18n/use-language';
import { fileSlug } from '../../../lib/chart-export';
import { formatNumber } from '../../../lib/format';
import type { ScatterModel } from './compare-scatter-model';

interface CompareScatterProps {
  indicators: readonly Indicator[];
  x: Indicator;
  y: Indicator;
  model: ScatterModel;
  /** The compared regions in their order, so each keeps the colour it has in the trend charts. */
  compared: readonly Region[];
  levelName: string;
  onAxesChange: (axes: { x: string; y: string }) => void;
}

/** Larger than the other regions' dots, with a white ring, so a compared region stands out in a crowd. */
function ComparedPoint(props: unknown) {
  const { cx, cy, fill } = props as { cx?: number; cy?: number; fill?: string };
  if (cx === undefined || cy === undefined) return <g />;
  return <circle cx={cx} cy={cy} r={6.5} fill={fill} stroke="#ffffff" strokeWidth={2} />;
}

/** One line of text above the point, with a white outline so it reads over other dots. */
function PointLabel(props: unknown) {
  const { x, y, value } = props as { x?: number | string; y?: number | string; value?: unknown };
  return (
    <text
      x={Number(x)}
      y={Number(y) - 10}
      textAnchor="middle"
      fontSize={12}
      fontWeight={600}
      fill="#1a1a1a"
      stroke="#ffffff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {String(value ?? '')}
    </text>
  );
}

const shortName = (name: string) =>
  name.replace(/^Kabupaten /, 'Kab. ').replace(/^Kota Administrasi /, 'Kota Adm. ');

export function CompareScatter({
  indicators,
  x,
  y,
  model,
  compared,
  levelName,
  onAxesChange,
}: CompareScatterProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const name = (i: Indicator) => pickText(i.name, language);
  const axisLabel = (i: Indicator, year: number | undefined) =>
    `${name(i)} (${pickText(i.unit, language)}), ${year ?? t('state.noData')}`;
  const colorOf = new Map<RegionCode, string>(compared.map((r, i) => [r.code, seriesColor(i)]));
  const fx = (v: number) => formatNumber(v, language, x.decimals);
  const fy = (v: number) => formatNumber(v, language, y.decimals);
  const tick = (v: number) => formatNumber(v, language, Number.isInteger(v) ? 0 : 1);
  const names = model.missing.map((c) => compared.find((r) => r.code === c)?.name ?? c);

  return (
    <section className="section">
      <h2>{t('compare.scatter')}</h2>
      <div className="field-row compare-axes">
        {(['x', 'y'] as const).map((axis) => (
          <div className="field" key={axis}>
            <label htmlFor={`${id}-${axis}`}>{t(axis === 'x' ? 'compare.axisX' : 'compare.axisY')}</label>
            <select
              id={`${id}-${axis}`}
              value={(axis === 'x' ? x : y).id}
              onChange={(e) => onAxesChange({ x: x.id, y: y.id, [axis]: e.target.value })}
            >
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {name(i)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <ChartFrame
        title={t('compare.scatterTitle', { x: name(x), y: name(y) })}
        years={
          model.xYear === model.yYear ? `${model.xYear ?? ''}` : `${model.xYear ?? ''} / ${model.yYear ?? ''}`
        }
        source={x.source.name === y.source.name ? x.source : [x.source, y.source]}
        filename={fileSlug(x.id, model.xYear, 'vs', y.id, model.yYear, levelName)}
        note={
          <>
            {t('compare.scatterNote')}
            {names.length > 0 && ` ${t('compare.scatterMissing', { names: names.join(', ') })}`}
          </>
        }
        legend={[
          ...model.compared.map((p) => ({ label: p.name, color: colorOf.get(p.code)! })),
          { label: t('compare.others'), color: MUTED },
        ]}
        table={{
          columns: [
            { key: 'region', label: t('compare.region') },
            { key: 'x', label: axisLabel(x, model.xYear), decimals: x.decimals },
            { key: 'y', label: axisLabel(y, model.yYear), decimals: y.decimals },
          ],
          rows: [...model.compared, ...model.others].map((p) => ({ region: p.name, x: p.x, y: p.y })),
        }}
        height={380}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 30, right: 24, bottom: 36, left: 12 }}>
            <CartesianGrid stroke="#e0e0e0" />
            <XAxis
              type="number"
              dataKey="x"
              name={name(x)}
              domain={['auto', 'auto']}
              tickFormatter={tick}
              fontSize={11}
              label={{
                value: axisLabel(x, model.xYear),
                position: 'insideBottom',
                offset: -22,
                fontSize: 12,
              }}
            />
            <YAxis
              type="number"
              dataKey="y"
              name={name(y)}
              domain={['auto', 'auto']}
              tickFormatter={tick}
              fontSize={11}
              width={64}
              label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => (
                <text x={(viewBox?.x ?? 0) + 4} y={(viewBox?.y ?? 30) - 14} fontSize={12} fill="#444444">
                  {axisLabel(y, model.yYear)}
                </text>
              )}
            />
            <ZAxis range={[24, 24]} />
            <Tooltip
              isAnimationActive={false}
              content={({ payload }) => {
                const point = payload?.[0]?.payload as { name: string; x: number; y: number } | undefined;
                return point ? (
                  <div className="chart-tooltip">
                    <strong>{point.name}</strong>
                    <br />
                    {name(x)}: {fx(point.x)} · {name(y)}: {fy(point.y)}
                  </div>
                ) : null;
              }}
            />
            <Scatter data={model.others} fill={MUTED} fillOpacity={0.5} isAnimationActive={false} />
            {model.compared.map((p) => (
              <Scatter
                key={p.code}
                data={[{ ...p, label: shortName(p.name) }]}
                fill={colorOf.get(p.code)}
                stroke="#ffffff"
                strokeWidth={1.5}
                shape={ComparedPoint}
                isAnimationActive={false}
              >
                <LabelList dataKey="label" content={PointLabel} />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </ChartFrame>
    </section>
  );
}
