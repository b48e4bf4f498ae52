import { useTranslation } from 'react-i18next';
import { CompareToggle } from '../../components/compare-toggle';
import { Link, useLocation } from 'react-router';
import { SourceNote } from '../../components/provenance/source-note';
import { CategoryBadge } from '../../components/provenance/category-badge';
import { bandOf, bandsForYear, gradeOf, isRanked, type Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { Observation } from '../../domain/observation';
import type { Region } from '../../domain/region';
import type { RegionIndex } from '../../domain/region-index';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { categoryAtOwnLevel, valueAtOwnLevel, type ChoroplethModel } from './choropleth-model';
import { classLabel } from './legend/legend-panel';

interface RegionPanelProps {
  region: Region | undefined;
  index: RegionIndex;
  indicator: Indicator;
  year: number | undefined;
  model: ChoroplethModel | null;
  observations: readonly Observation[] | undefined;
  onDrillDown: (province: Region) => void;
  onReset: () => void;
}

export function RegionPanel({
  region,
  index,
  indicator,
  year,
  model,
  observations,
  onDrillDown,
  onReset,
}: RegionPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { search } = useLocation();
  if (!region) {
    return (
      <aside className="region-panel" aria-label={t('map.selected')}>
        <p className="muted">{t('map.selectHint')}</p>
      </aside>
    );
  }
  const parent = region.parent ? index.byCode.get(region.parent) : undefined;
  const value =
    model?.values.get(region.code) ??
    (observations && year !== undefined
      ? valueAtOwnLevel(region.code, indicator, observations, year, index)
      : undefined);
  const zoneOnly = value
    ? undefined
    : (model?.categoryOnly.get(region.code) ??
      (observations && year !== undefined
        ? categoryAtOwnLevel(region.code, indicator, observations, year)
        : undefined));
  // An official class (e.g. BPS's IPM "Sedang") leads; the colour bin is only the map's grouping.
  const bands = value ? bandsForYear(indicator, value.observation.year) : undefined;
  const official = value && bands ? bandOf(bands, value.observation.value) : undefined;
  return (
    <aside className="region-panel" aria-label={t('map.selected')}>
      <p className="eyebrow">
        {t(`kind.${region.kind}`)}
        {parent && parent.level !== 'country' ? ` · ${parent.name}` : ''}
      </p>
      <h2>{region.name}</h2>
      <p className="region-panel__indicator">{pickText(indicator.name, language)}</p>
      {value ? (
        <>
          <p className="region-panel__value">
            {formatNumber(value.observation.value, language, indicator.decimals)}{' '}
            <span className="unit">{pickText(indicator.unit, language)}</span>
          </p>
          <p>
            {value.observation.year}
            {isRanked(indicator) && <> · {t('map.rank', { rank: value.rank.rank, of: value.rank.of })}</>}
            {value.observation.category !== undefined && (
              <>
                {' '}
                · <CategoryBadge indicator={indicator} observation={value.observation} />
              </>
            )}
            {official && (
              <>
                {' '}
                · {t('map.class')}: <strong>{pickText(official.label, language)}</strong>
              </>
            )}
          </p>
          {model && value.classIndex >= 0 && (
            <p className="region-panel__bin">
              {official ? t('phone.colourGroup') : t('map.class')}:{' '}
              {classLabel(model.classes[value.classIndex]!, indicator, language)}
            </p>
          )}
          <SourceNote
            source={value.observation.source ?? indicator.source}
            year={value.observation.year}
            note={value.observation.note}
            flags={value.observation.flags}
            grade={gradeOf(indicator, value.observation)}
          />
        </>
      ) : zoneOnly ? (
        <>
          <p className="region-panel__value">
            <CategoryBadge indicator={indicator} observation={zoneOnly.observation} />
          </p>
          <p>
            {zoneOnly.observation.year} · {t('dataQuality.category.noValue')}
          </p>
          <SourceNote
            source={zoneOnly.observation.source ?? indicator.source}
            year={zoneOnly.observation.year}
            note={zoneOnly.observation.note}
            flags={zoneOnly.observation.flags}
            grade={gradeOf(indicator, zoneOnly.observation)}
          />
        </>
      ) : (
        <>
          <p className="missing">
            {t('state.noData')} {year ? `(${year})` : ''}
          </p>
          <p>
            <Link to="/import">{t('state.supplyOwn')}</Link>
          </p>
        </>
      )}
      <div className="region-panel__actions">
        <Link className="button" to={{ pathname: `/region/${region.code}`, search }}>
          {t('map.openProfile')}
        </Link>
        <CompareToggle code={region.code} />
        {region.level === 'province' && (
          <button type="button" className="button button--ghost" onClick={() => onDrillDown(region)}>
            {t('map.drillDown')}
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={onReset}>
          {t('map.backToIndonesia')}
        </button>
      </div>
    </aside>
  );
}
