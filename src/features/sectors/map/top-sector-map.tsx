import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartTable } from '../../../components/charts/chart-table';
import { NO_DATA } from '../../../components/charts/chart-palette';
import { SvgRegionMap } from '../../../components/charts/svg-region-map';
import { useBoundaries } from '../../../data/queries';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import type { AnalysisSettings } from '../../../domain/sectors/analysis/analysis-settings';
import type { PriorityWeights } from '../../../domain/sectors/priority';
import { SECTOR_NAMES, SECTOR_SHORT_NAMES } from '../../../domain/sectors/sector-codes';
import type { SectorTableIndex } from '../../../domain/sectors/sector-tables';
import { useLanguage } from '../../../i18n/use-language';
import { toCsv } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';
import { toBoundaryFeatures } from '../../../lib/geo/boundary-features';
import type { NeedIndicator } from '../view-model/need-measures';
import { MapFigure } from './map-figure';
import { fillOf, REGENCY_MAP_PROVINCES, sectorColors, topSectors } from './top-sector-map-model';

interface TopSectorMapProps {
  tables: SectorTableIndex;
  index: RegionIndex;
  settings: AnalysisSettings;
  weights: PriorityWeights;
  needs: Partial<Record<NeedIndicator, readonly Observation[]>>;
  selected: RegionCode | null;
}

export function TopSectorMap({ tables, index, settings, weights, needs, selected }: TopSectorMapProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinceShapes = useBoundaries('province');
  const regencyShapes = useBoundaries('regency');
  const provinceFeatures = useMemo(
    () => (provinceShapes.data ? toBoundaryFeatures(provinceShapes.data) : []),
    [provinceShapes.data],
  );
  const regencyFeatures = useMemo(
    () => (regencyShapes.data ? toBoundaryFeatures(regencyShapes.data) : []),
    [regencyShapes.data],
  );
  const provinces = index.atLevel('province');
  const regencies = useMemo(() => REGENCY_MAP_PROVINCES.flatMap((p) => index.childrenOf(p)), [index]);
  const tops = useMemo(
    () => topSectors([...provinces, ...regencies], tables, index, settings, weights, needs),
    [provinces, regencies, tables, index, settings, weights, needs],
  );
  const colors = useMemo(() => sectorColors(tops.values()), [tops]);
  const fill = fillOf(tops, colors);
  const titleOf = (code: RegionCode) => {
    const name = index.byCode.get(code)?.name ?? code;
    const top = tops.get(code);
    if (!top) return t('sectors.map.regionNoData', { name });
    const title = t('sectors.map.regionTitle', { name, sector: SECTOR_NAMES[top.sector][language] });
    const when = top.quarter ? `${top.year} Q${top.quarter}` : String(top.year);
    return `${title} (${when}${top.oldBoundary ? `, ${t('sectors.map.oldBoundary')}` : ''})`;
  };
  const legend = [
    ...[...colors].map(([sector, color]) => ({ label: SECTOR_SHORT_NAMES[sector][language], color })),
    { label: t('sectors.map.noData'), color: NO_DATA },
  ];
  const table = {
    columns: [
      { key: 'code', label: t('sectors.list.code') },
      { key: 'region', label: t('sectors.map.region') },
      { key: 'sector', label: t('sectors.map.sector') },
      { key: 'score', label: t('sectors.map.score'), decimals: 1 },
    ],
    rows: [...provinces, ...regencies].map((r: Region) => {
      const top = tops.get(r.code);
      return {
        code: r.code,
        region: r.name,
        sector: top ? SECTOR_NAMES[top.sector][language] : t('sectors.map.noData'),
        score: top?.score ?? null,
      };
    }),
  };
  function downloadCsv() {
    const csv = toCsv(
      table.columns.map((c) => c.label),
      table.rows.map((row) => table.columns.map((c) => row[c.key as keyof typeof row] ?? null)),
      language,
    );
    downloadText('sektor-teratas-per-daerah.csv', csv, 'text/csv;charset=utf-8');
  }
  const highlight = selected ? [selected] : [];
  const footer = `${t('charts.source')}: ${t('sectors.map.footer')}`;

  return (
    <section className="section" aria-labelledby="sectors-map-title">
      <h2 id="sectors-map-title">{t('sectors.map.title')}</h2>
      <p className="muted">{t('sectors.map.settingsNote')}</p>
      {provinceShapes.isPending && <p className="muted">{t('sectors.map.loading')}</p>}
      {provinceShapes.isError && <p className="muted">{t('sectors.map.noBoundaries')}</p>}
      {provinceFeatures.length > 0 && (
        <MapFigure
          className="sectors-map sectors-map--national"
          caption={t('sectors.map.national')}
          filename="provinsi"
          legend={legend}
          footer={footer}
        >
          <SvgRegionMap
            features={provinceFeatures}
            fill={fill}
            titleOf={titleOf}
            highlight={highlight.map((c) => c.slice(0, 2) as RegionCode)}
            label={t('sectors.map.label', { what: t('sectors.map.national') })}
            width={720}
            height={280}
          />
        </MapFigure>
      )}
      {regencyFeatures.length > 0 && (
        <div className="sectors-map-grid">
          {REGENCY_MAP_PROVINCES.map((code) => {
            const name = index.byCode.get(code)?.name ?? code;
            const features = regencyFeatures.filter((f) => f.properties.code.startsWith(`${code}.`));
            return (
              <MapFigure
                key={code}
                caption={t('sectors.map.regencies', { name })}
                filename={code}
                legend={legend}
                footer={footer}
              >
                <SvgRegionMap
                  features={features}
                  fill={fill}
                  titleOf={titleOf}
                  highlight={highlight}
                  label={t('sectors.map.label', { what: t('sectors.map.regencies', { name }) })}
                  width={320}
                  height={240}
                />
              </MapFigure>
            );
          })}
        </div>
      )}
      <ul className="chart-frame__legend sectors-map-legend" aria-label={t('charts.legend')}>
        {legend.map((item) => (
          <li key={item.label}>
            <span
              className="swatch"
              style={{ backgroundColor: item.color, borderColor: item.color }}
              aria-hidden="true"
            />
            {item.label}
          </li>
        ))}
      </ul>
      <p className="muted">{t('sectors.map.quarterlyNote')}</p>
      <details className="sectors-table-details">
        <summary>{t('sectors.map.table')}</summary>
        <ChartTable caption={t('sectors.map.table')} table={table} />
      </details>
      <button type="button" className="button button--small no-print" onClick={downloadCsv}>
        {t('sectors.list.download')}
      </button>
    </section>
  );
}
