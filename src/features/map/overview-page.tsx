import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/states/error-panel';
import { LoadingState } from '../../components/states/loading-state';
import { QueryStatus } from '../../components/states/query-boundary';
import { RegionSearch } from '../../components/region-search';
import { SkippedRowsNote } from '../../components/provenance/skipped-rows-note';
import { SourceNote } from '../../components/provenance/source-note';
import { useDataSource } from '../../data/data-source-context';
import { pickText } from '../../domain/localized';
import { fileSlug } from '../../lib/chart-export';
import { provinceCodeOf, type Region, type RegionCode } from '../../domain/region';
import { useLanguage } from '../../i18n/use-language';
import { useSelectionStore } from '../../store/selection-store';
import { ChoroplethMap } from './choropleth-map';
import { classLabel, LegendPanel } from './legend/legend-panel';
import { NO_DATA_COLOR } from './legend/palette';
import { MapControls } from './map-controls';
import { bringIntoViewOnPhone, MapOptionsSheet } from './map-options-sheet';
import { MapValuesTable } from './map-values-table';
import { RegionPanel } from './region-panel';
import { useOverviewData } from './use-overview-data';
import { useRegionPresentation } from './layers/use-region-presentation';

export function OverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { config } = useDataSource();
  const data = useOverviewData();
  const { selection, queries, index, indicator, year, model, features, outlines } = data;
  const { selectRegion, selectLevel } = useSelectionStore.getState();
  const [zoomTarget, setZoomTarget] = useState(() => ({ code: selection.region, nonce: 0 }));
  const [highlighted, setHighlighted] = useState<RegionCode | null>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const zoomTo = (code: RegionCode | null) => setZoomTarget((z) => ({ code, nonce: z.nonce + 1 }));

  const zoomFeature =
    features?.find((f) => f.properties.code === zoomTarget.code) ??
    outlines?.find((f) => f.properties.code === zoomTarget.code) ??
    null;
  const zoom = useMemo(
    () => ({ feature: zoomFeature, nonce: zoomTarget.nonce }),
    [zoomFeature, zoomTarget.nonce],
  );

  const { region: selected, compare } = selection;
  const { styleOf, tooltipOf } = useRegionPresentation({ model, indicator, index, year, selected, compare });

  const chooseRegion = (region: Region) => {
    selectRegion(region.code);
    if (region.level === 'regency' && selection.level === 'province') selectLevel('regency');
    zoomTo(region.code);
    bringIntoViewOnPhone(mapBox.current);
  };

  const levelName = t(`level.${selection.level}`);
  const indicatorName = indicator ? pickText(indicator.name, language) : '';
  const mapLabel = t('map.label', { indicator: indicatorName, year: year ?? '', level: levelName });

  return (
    <section className="page page--overview">
      <header className="page-header">
        <h1>{t('page.overview.title')}</h1>
        <p className="muted">{t('page.overview.intro')}</p>
      </header>
      <QueryStatus query={queries.regionsQuery} what={t('resource.regions')} />
      <QueryStatus query={queries.indicatorsQuery} what={t('resource.indicators')} />
      {queries.regionsQuery.data && (
        <SkippedRowsNote resource="regions.json" issues={queries.regionsQuery.data.issues} />
      )}
      {queries.indicatorsQuery.data && (
        <SkippedRowsNote resource="indicators.json" issues={queries.indicatorsQuery.data.issues} />
      )}
      {indicator && index && (
        <div className="overview-grid">
          <div className="overview-grid__controls">
            <RegionSearch
              regions={index.atLevel('province').concat(index.atLevel('regency'))}
              label={t('map.search')}
              placeholder={t('map.searchPlaceholder')}
              onSelect={chooseRegion}
            />
            <MapOptionsSheet>
              <MapControls
                indicators={queries.indicatorsQuery.data?.rows ?? []}
                indicator={indicator}
                years={data.years}
                year={year}
                methods={data.methods}
                method={data.method}
              />
            </MapOptionsSheet>
            {model && year !== undefined && <LegendPanel model={model} indicator={indicator} year={year} />}
          </div>
          <div className="overview-grid__map" ref={mapBox}>
            {queries.observationsQuery.isError && (
              <ErrorPanel
                what={indicatorName}
                error={queries.observationsQuery.error}
                onRetry={() => void queries.observationsQuery.refetch()}
              />
            )}
            {queries.observationsQuery.data && (
              <SkippedRowsNote
                resource={`observations/${indicator.id}.json`}
                issues={queries.observationsQuery.data.issues}
              />
            )}
            {queries.boundariesQuery.isError && (
              <ErrorPanel
                what={t('resource.boundaries')}
                error={queries.boundariesQuery.error}
                onRetry={() => void queries.boundariesQuery.refetch()}
              />
            )}
            {queries.boundariesQuery.isError && <p className="muted">{t('map.mapUnavailable')}</p>}
            {queries.boundariesQuery.isPending && <LoadingState what={t('resource.boundaries')} />}
            {features && (
              <ChoroplethMap
                label={mapLabel}
                features={features}
                outlines={outlines}
                emphasizedProvince={selected ? provinceCodeOf(selected) : null}
                basemap={config.basemap}
                attribution={t('map.boundaryAttribution')}
                zoom={zoom}
                selectedFeature={features.find((f) => f.properties.code === selected) ?? null}
                exportImage={{
                  filename: fileSlug(
                    indicator.id,
                    year,
                    selection.level === 'regency' ? 'kabupaten-kota' : 'provinsi',
                    'peta',
                  ),
                  title: mapLabel,
                  footer: `${t('map.boundaryAttribution')} · ${t('source.label')}: ${indicator.source.name}`,
                  legend: model
                    ? [
                        ...model.classes.map((c) => ({
                          label: classLabel(c, indicator, language),
                          color: c.color,
                        })),
                        ...model.categories.map((c) => ({
                          label: pickText(c.category.label, language),
                          color: c.color,
                        })),
                        { label: t('map.noData'), color: NO_DATA_COLOR },
                      ]
                    : [],
                }}
                styleOf={styleOf}
                tooltipOf={tooltipOf}
                onSelect={(code) => selectRegion(code)}
                highlighted={highlighted}
              />
            )}
            {data.missingBoundaries.length > 0 && (
              <p className="muted">
                {t('map.noBoundary', {
                  count: data.missingBoundaries.length,
                  names: data.missingBoundaries.map((c) => index.byCode.get(c)?.name ?? c).join(', '),
                })}
              </p>
            )}
            <SourceNote source={indicator.source} year={year} grade={indicator.source.grade} />
          </div>
          <RegionPanel
            region={selected ? index.byCode.get(selected) : undefined}
            index={index}
            indicator={indicator}
            year={year}
            model={model}
            observations={queries.observationsQuery.data?.rows}
            onDrillDown={(province) => {
              selectLevel('regency');
              zoomTo(province.code);
            }}
            onReset={() => {
              selectRegion(null);
              zoomTo(null);
            }}
          />
        </div>
      )}
      {model && indicator && index && (
        <MapValuesTable
          model={model}
          indicator={indicator}
          index={index}
          caption={t('map.tableCaption', { indicator: indicatorName, year, level: levelName })}
          onSelect={(code) => {
            selectRegion(code);
            zoomTo(code);
          }}
          onFocusRegion={setHighlighted}
        />
      )}
    </section>
  );
}
