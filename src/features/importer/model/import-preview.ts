import { pickText, type Language } from '../../../domain/localized';
import type { RegionCode } from '../../../domain/region';
import type { ImportContent } from '../../../data/import/files/import-file';
import { formatNumber } from '../../../lib/format';
import type { Translate } from './issue-text';

export interface PreviewTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string>[];
  total: number;
}

/** The first valid rows of an import, as they will be shown, for the user to check before importing. */
export function previewOf(
  content: ImportContent,
  nameOf: (code: RegionCode) => string,
  indicatorName: (id: string) => string,
  t: Translate,
  language: Language,
  limit = 10,
): PreviewTable {
  const label = (key: string) => t(`importer.preview.${key}`);
  const fmt = (value: number, decimals: number) => formatNumber(value, language, decimals);
  switch (content.kind) {
    case 'indicator': {
      const all = content.indicators.flatMap((i) => i.observations.map((o) => ({ i, o })));
      return {
        columns: [
          { key: 'region', label: label('region') },
          { key: 'indicator', label: label('indicator') },
          { key: 'year', label: label('year'), numeric: true },
          { key: 'value', label: label('value'), numeric: true },
        ],
        rows: all.slice(0, limit).map(({ i, o }) => ({
          region: nameOf(o.region),
          indicator: pickText(i.definition.name, language),
          year: String(o.year),
          value: o.value === null ? '' : fmt(o.value, i.definition.decimals),
        })),
        total: all.length,
      };
    }
    case 'targets':
      return {
        columns: [
          { key: 'region', label: label('region') },
          { key: 'indicator', label: label('indicator') },
          { key: 'year', label: label('year'), numeric: true },
          { key: 'target', label: label('target'), numeric: true },
        ],
        rows: content.targets.slice(0, limit).map((x) => ({
          region: nameOf(x.region),
          indicator: indicatorName(x.indicator),
          year: String(x.year),
          target: fmt(x.value, Number.isInteger(x.value) ? 0 : 2),
        })),
        total: content.targets.length,
      };
    case 'sectors':
      return {
        columns: [
          { key: 'region', label: label('region') },
          { key: 'year', label: label('year'), numeric: true },
          { key: 'basis', label: label('basis') },
          { key: 'sector', label: label('sector') },
          { key: 'value', label: label('value'), numeric: true },
        ],
        rows: content.values.slice(0, limit).map((x) => ({
          region: nameOf(x.region),
          year: x.quarter ? `${x.year} Q${x.quarter}` : String(x.year),
          basis: x.basis.toUpperCase(),
          sector: x.sector,
          value: fmt(x.value, 2),
        })),
        total: content.values.length,
      };
  }
}
