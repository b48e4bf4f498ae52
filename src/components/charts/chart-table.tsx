import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/localized';
import { formatValue } from '../../lib/format';

export interface ChartColumn {
  key: string;
  label: string;
  /** Present for numeric columns: how many decimals to show. */
  decimals?: number;
}

export type ChartCell = string | number | null;

/** The rows a chart draws, as a table: chart, table and CSV come from the same data and cannot disagree. */
export interface ChartTableData {
  columns: readonly ChartColumn[];
  rows: readonly Record<string, ChartCell>[];
}

export function formatCell(
  cell: ChartCell | undefined,
  column: ChartColumn,
  language: Language,
  missing: string,
) {
  if (typeof cell === 'number' || cell === null || cell === undefined) {
    return column.decimals === undefined && typeof cell === 'number'
      ? String(cell)
      : formatValue(cell, language, column.decimals ?? 0, missing);
  }
  return cell;
}

export function ChartTable({ caption, table }: { caption: string; table: ChartTableData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <div className="table-scroll">
      <table className="data-table chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.decimals !== undefined ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column, c) =>
                c === 0 ? (
                  <th key={column.key} scope="row">
                    {formatCell(row[column.key], column, language, t('state.noData'))}
                  </th>
                ) : (
                  <td key={column.key} className={column.decimals !== undefined ? 'num' : undefined}>
                    {formatCell(row[column.key], column, language, t('state.noData'))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
