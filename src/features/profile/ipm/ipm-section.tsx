import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../../components/charts/chart-frame';
import { IPM_DIMENSIONS, type IpmDimension } from '../../../domain/analysis/ipm/ipm-indices';
import { useLanguage } from '../../../i18n/use-language';
import { formatNumber } from '../../../lib/format';
import { IpmBars } from './ipm-bars';
import { componentText, toIpmTable } from './ipm-table';
import type { IpmView } from './ipm-view-model';

/** Why IPM is where it is: the three BPS dimension indices and the one that holds it back most. */
export function IpmSection({ view }: { view: IpmView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { region, decomposition, columns, parent } = view;
  const { weakest, year } = decomposition;
  const [own, ...benchmarks] = columns;
  const index3 = (v: number) => formatNumber(v, language, 3);
  const labels = Object.fromEntries(
    IPM_DIMENSIONS.map((d) => [d, t(`profileIpm.ipm.dimensions.${d}`)]),
  ) as Record<IpmDimension, string>;
  const sentence =
    t('profileIpm.ipm.sentence', {
      name: region.name,
      ipm: formatNumber(own?.ipm ?? decomposition.indices.ipm, language, 2),
      year,
      dimension: labels[weakest.dimension],
      index: index3(weakest.index),
      components: componentText(view, weakest.dimension, t, language),
    }) +
    (weakest.rankInParent && parent
      ? t('profileIpm.ipm.rank', { ...weakest.rankInParent, parent: parent.name })
      : '') +
    '.';
  const withoutComponents = benchmarks.filter((c) => !c.indices).map((c) => c.region.name);
  const title = t('profileIpm.ipm.chartTitle', { name: region.name, year });
  return (
    <section className="section profile-section" aria-labelledby="ipm-heading">
      <h2 id="ipm-heading">{t('profileIpm.ipm.title')}</h2>
      <p className="muted">{t('profileIpm.ipm.intro')}</p>
      <p className="ipm-sentence">
        <strong>{sentence}</strong>
      </p>
      <p className="ipm-benchmarks">
        {columns
          .map(
            (c) =>
              `${c.region.name} ${c.ipm === undefined ? t('state.noData') : formatNumber(c.ipm, language, 2)}`,
          )
          .join(' · ')}{' '}
        <span className="muted">(IPM {year})</span>
      </p>
      <ChartFrame
        title={title}
        unit={t('profileIpm.ipm.unit')}
        source={view.sources}
        years={String(year)}
        filename={`ipm-dimensi-${year}-${region.code.replace('.', '-')}`}
        table={toIpmTable(view, t, language)}
        height={110}
        note={
          <p className="muted">
            {withoutComponents.length > 0 &&
              `${t('profileIpm.ipm.noBenchmark', { names: withoutComponents.join(', ') })} `}
            {t('profileIpm.ipm.uhhNote')}
          </p>
        }
      >
        {own?.indices && (
          <IpmBars
            indices={own.indices}
            weakest={weakest.dimension}
            labels={labels}
            format={index3}
            title={title}
          />
        )}
      </ChartFrame>
    </section>
  );
}
