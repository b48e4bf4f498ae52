import { ChartFrame } from '../../../components/charts/chart-frame';
import { toTrendSeries } from '../../../domain/analysis/change/trend-series';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { Observation } from '../../../domain/observation';
import { COUNTRY_CODE, type RegionCode } from '../../../domain/region';
import type { Target } from '../../../domain/target';
import type { ProfileModel } from '../profile-model';
import { TREND_HEIGHT, TrendChart } from './trend-chart';
import { toTrendChart } from './trend-model';
import { useProfileFormat } from '../use-profile-format';

interface TrendsSectionProps {
  model: ProfileModel;
  observationsById: ReadonlyMap<string, readonly Observation[]>;
  targetsById: ReadonlyMap<string, readonly Target[]>;
}

/** One chart per indicator with more than one year: each indicator is its own series, never joined to another. */
export function TrendsSection({ model, observationsById, targetsById }: TrendsSectionProps) {
  const { t, language } = useProfileFormat();
  const { region, parent } = model;
  const codes = {
    self: region.code,
    parent: parent?.code,
    country: region.level === 'regency' ? COUNTRY_CODE : undefined,
  };
  const charts = model.rows
    .filter((r) => r.indicator.category !== 'demography' && r.latest)
    .map((r) => ({
      indicator: r.indicator,
      series: toTrendSeries(
        observationsById.get(r.indicator.id) ?? [],
        codes,
        targetsById.get(r.indicator.id),
      ),
    }))
    .filter((c) => c.series.rows.length > 1);
  const against = [parent?.name, codes.country && 'Indonesia']
    .filter(Boolean)
    .join(language === 'id' ? ' dan ' : ' and ');
  return (
    <section className="section profile-section" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('profile.trends.title')}</h2>
      {against && <p className="muted">{t('profile.trends.intro', { name: region.name, against })}</p>}
      {charts.length === 0 ? (
        <p>{t('profile.trends.none')}</p>
      ) : (
        <div className="trend-grid">
          {charts.map(({ indicator, series }) => (
            <TrendFigure
              key={indicator.id}
              indicator={indicator}
              series={series}
              model={model}
              codes={codes}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function TrendFigure({
  indicator,
  series,
  model,
  codes,
}: {
  indicator: Indicator;
  series: ReturnType<typeof toTrendSeries>;
  model: ProfileModel;
  codes: { self: RegionCode; parent?: RegionCode; country?: RegionCode };
}) {
  const { t, language } = useProfileFormat();
  const chart = toTrendChart(
    series,
    {
      year: t('source.year'),
      self: model.region.name,
      parent: model.parent?.name,
      country: codes.country ? 'Indonesia' : undefined,
      target: t('profile.trends.target'),
    },
    indicator.decimals,
  );
  const name = pickText(indicator.name, language);
  const methodChanges = (indicator.bandSets ?? [])
    .map((set) => set.fromYear)
    .filter((year) => series.firstYear !== undefined && year > series.firstYear && year <= series.lastYear!);
  const note =
    chart.gapText || series.oldBoundaryYears.length > 0 || methodChanges.length > 0 ? (
      <>
        {methodChanges.map((year) => (
          <p key={year}>{t('profile.trends.methodChange', { year })}</p>
        ))}
        {chart.gapText && (
          <p>{t('profile.trends.gaps', { name: model.region.name, years: chart.gapText })}</p>
        )}
        {series.oldBoundaryYears.length > 0 && <p>{t('profile.trends.oldBoundaryNote')}</p>}
      </>
    ) : undefined;
  return (
    <div className="profile-trend" data-indicator={indicator.id}>
      <ChartFrame
        title={name}
        unit={pickText(indicator.unit, language)}
        source={indicator.source}
        years={chart.years}
        note={note}
        filename={`${indicator.id}-${model.region.code.replace('.', '-')}`}
        table={chart.table}
        legend={chart.lines.map((l) => ({ label: l.label, color: l.color, dashed: l.dashed }))}
        height={TREND_HEIGHT}
      >
        <TrendChart
          rows={series.rows}
          lines={chart.lines}
          oldBoundaryYears={series.oldBoundaryYears}
          decimals={indicator.decimals}
          language={language}
          oldBoundaryLabel={t('profile.trends.oldBoundary')}
          targetLabel={t('profile.trends.target')}
          range={indicator.range}
        />
      </ChartFrame>
    </div>
  );
}
