import type { TFunction } from 'i18next';
import type { ChartTableData } from '../../../components/charts/chart-table';
import { IPM_DIMENSIONS, type IpmComponents } from '../../../domain/analysis/ipm/ipm-indices';
import type { Language } from '../../../domain/localized';
import { formatNumber } from '../../../lib/format';
import { DIMENSION_COMPONENTS, type IpmView } from './ipm-view-model';

const COMPONENT_DECIMALS: Record<keyof IpmComponents, number> = {
  lifeExpectancy: 2,
  expectedSchooling: 2,
  meanSchooling: 2,
  expenditure: 0,
};

/** "HLS 12,20 tahun, RLS 6,54 tahun": the region's components behind one dimension. */
export function componentText(
  view: IpmView,
  dimension: keyof typeof DIMENSION_COMPONENTS,
  t: TFunction,
  language: Language,
): string {
  const { components } = view.decomposition;
  return DIMENSION_COMPONENTS[dimension]
    .map((key) =>
      t(`profileIpm.ipm.component.${key}`, {
        value: formatNumber(components[key], language, COMPONENT_DECIMALS[key]),
      }),
    )
    .join(', ');
}

/** The rows the bars draw, with the province and Indonesia beside the region; a gap stays a gap (null). */
export function toIpmTable(view: IpmView, t: TFunction, language: Language): ChartTableData {
  const columns = [
    { key: 'dimension', label: t('profileIpm.ipm.columns.dimension') },
    { key: 'components', label: t('profileIpm.ipm.columns.components') },
    ...view.columns.map((c) => ({ key: c.region.code, label: c.region.name, decimals: 3 })),
  ];
  const rows = IPM_DIMENSIONS.map((dimension) => ({
    dimension: t(`profileIpm.ipm.dimensions.${dimension}`),
    components: componentText(view, dimension, t, language),
    ...Object.fromEntries(view.columns.map((c) => [c.region.code, c.indices?.[dimension] ?? null])),
  }));
  return { columns, rows };
}
