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
import { SECTOR_NAMES } from '../../../domain/sectors/sector-codes';
import type { SectorTableIndex } from '../../../domain/sectors/sector-tables';
import { useLanguage } from '../../../i18n/use-language';
import { toCsv } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';
import { toBoundaryFeatures } from '../../../lib/geo/boundary-features';
import type { NeedIndicator } from '../view-model/need-measures';
import { MapFigure } from './map-figure';
import { sectorLegend } from './sector-groups';
import { fillOf, mapProvinceOf, topSectors } from './top-sector-map-model';

interface TopSectorMapProps {
  tables: SectorTableIndex;
  index: RegionIndex;
  settings: AnalysisSettings;
  weights: PriorityWeights;
  needs: Partial<Record<NeedIndicator, readonly Observation[]>>;
  /** A region's page maps only its own province's kabupaten/kota; without one, all of Indonesia. */
  selected: Pick<Region, 'code' | 'level' | 'parent'> | null;
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
  const ownProvince = selected ? mapProvinceOf(selected) : null;
  const provinces = useMemo(() => (ownProvince ? [] : index.atLevel('province')), [index, ownProvince]);
  const regencies = useMemo(
    () => (ownProvince ? index.childrenOf(ownProvince) : index.atLevel('regency')),
    [index, ownProvince],
  );
  const tops = useMemo(
    () => topSectors([...provinces, ...regencies], tables, index, settings, weights, needs),
    [provinces, regencies, tables, index, settings, weights, needs],
  );
  const fill = fillOf(tops);
  const titleOf = (code: RegionCode) => {
    const name = index.byCode.get(code)?.name ?? code;
    const top = tops.get(code);
    if (!top) return t('sectors.map.regionNoData', { name });
    const title = t('sectors.map.regionTitle', { name, sector: SECTOR_NAMES[top.sector][language] });
    const when = top.quarter ? `${top.year} Q${top.quarter}` : String(top.year);
    return `${title} (${when}${top.oldBoundary ? `, ${t('sectors.map.oldBoundary')}` : ''})`;
  };
  const legend = [
    ...sectorLegend(
      [...tops.values()].map((top) => top.sector),
      language,
    ),
    { label: t('sectors.map.noData'), color: NO_DATA },
  ];
  const regencyCodes = new Set<string>(regencies.map((r) => r.code));
  const coloured = regencies.filter((r) => tops.has(r.code)).length;
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
  const highlight = selected ? [selected.code] : [];
  const provinceName = ownProvince ? (index.byCode.get(ownProvince)?.name ?? ownProvince) : '';
  const footer = `${t('charts.source')}: ${t('sectors.map.footer')}`;

  return (
    <section className="section" aria-labelledby="sectors-map-title">
      <h2 id="sectors-map-title">{t('sectors.map.title')}</h2>
      <p className="muted">{t('sectors.map.settingsNote')}</p>
      {provinceShapes.isPending && <p className="muted">{t('sectors.map.loading')}</p>}
      {provinceShapes.isError && <p className="muted">{t('sectors.map.noBoundaries')}</p>}
      {!ownProvince && provinceFeatures.length > 0 && (
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
            highlight={[]}
            label={t('sectors.map.label', { what: t('sectors.map.national') })}
            width={720}
            height={280}
          />
        </MapFigure>
      )}
      {regencyFeatures.length > 0 && (
        <MapFigure
          className={ownProvince ? 'sectors-map sectors-map--province' : 'sectors-map sectors-map--regencies'}
          caption={
            ownProvince
              ? t('sectors.map.regencies', { name: provinceName })
              : t('sectors.map.allRegencies', { count: coloured, total: regencies.length })
          }
          filename={ownProvince ?? 'kabupaten-kota'}
          legend={legend}
          footer={footer}
        >
          <SvgRegionMap
            features={regencyFeatures.filter((f) => regencyCodes.has(f.properties.code))}
            fill={fill}
            titleOf={titleOf}
            highlight={highlight}
            label={t('sectors.map.label', {
              what: ownProvince
                ? t('sectors.map.regencies', { name: provinceName })
                : t('sectors.map.allRegencies', { count: coloured, total: regencies.length }),
            })}
            width={ownProvince ? 480 : 720}
            height={ownProvince ? 360 : 280}
          />
        </MapFigure>
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
      <p className="muted">{t('sectors.map.groupsNote')}</p>
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
