import { useId, useRef, useState, type ReactNode } from 'react';
import './charts.css';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/localized';
import type { Source } from '../../domain/provenance';
import { downloadPng, downloadSvg, type ExportDecoration } from '../../lib/chart-export';
import { downloadTable, type TableFormat } from '../../lib/table-download';
import { ChartTable, type ChartTableData } from './chart-table';
import { SourceLink } from '../provenance/source-link';

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
}

interface ChartFrameProps {
  title: string;
  unit?: string;
  source?: Source | readonly Source[];
  /** The years the chart covers, as shown: "2024" or "2021–2024". */
  years?: string;
  /** Caveats: gaps, mixed boundaries, preliminary figures. */
  note?: ReactNode;
  /** Base of the download names, without extension: "ipm-2021-2024-61-11". */
  filename: string;
  table: ChartTableData;
  legend?: readonly LegendItem[];
  /** The plot's fixed height, so nothing shifts when data arrive and print keeps the size. */
  height?: number;
  children: ReactNode;
}

/**
 * The chrome every chart shares: title, unit, legend, source and year, a table view of the same rows,
 * and CSV/PNG/SVG downloads. The chart inside only draws.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, unit, source, years, note, filename, table, legend, height = 280, children } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [showTable, setShowTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const sources = source === undefined ? [] : Array.isArray(source) ? source : [source as Source];
  const empty = table.rows.length === 0;

  const decoration = (): ExportDecoration => ({
    title,
    subtitle: [unit && `${t('charts.unit')}: ${unit}`, years].filter(Boolean).join(' · '),
    legend,
    footer: sources.length ? `${t('charts.source')}: ${sources.map((s) => s.name).join('; ')}` : undefined,
  });
  const chartSvg = () => plotRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg') ?? null;

  function exportImage(kind: 'png' | 'svg') {
    setExportError(null);
    const svg = chartSvg();
    if (!svg) return setExportError(t('charts.exportFailed', { reason: t('charts.noRows') }));
    if (kind === 'svg') return downloadSvg(svg, filename, decoration());
    downloadPng(svg, filename, decoration()).catch((error: unknown) =>
      setExportError(
        t('charts.exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
      ),
    );
  }

  function exportTable(format: TableFormat) {
    void downloadTable(
      format,
      filename,
      table.columns.map((c) => c.label),
      table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
      language,
    );
  }

  return (
    <figure className="chart-frame">
      <figcaption className="chart-frame__caption">
        <span className="chart-frame__title">{title}</span>
        {(unit || years) && (
          <span className="chart-frame__subtitle">
            {[unit && `${t('charts.unit')}: ${unit}`, years].filter(Boolean).join(' · ')}
          </span>
        )}
      </figcaption>
      {empty ? (
        <p className="empty-state">{t('charts.noRows')}</p>
      ) : (
        <div className="chart-frame__plot" style={{ height }} ref={plotRef}>
          {children}
        </div>
      )}
      {legend && legend.length > 0 && (
        <ul className="chart-frame__legend" aria-label={t('charts.legend')}>
          {legend.map((item) => (
            <li key={item.label}>
              <span
                className={item.dashed ? 'chart-swatch chart-swatch--dashed' : 'chart-swatch'}
                style={{ borderColor: item.color, backgroundColor: item.dashed ? 'transparent' : item.color }}
                aria-hidden="true"
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {note && <div className="chart-frame__note">{note}</div>}
      {sources.length > 0 && (
        <p className="source-note">
          {t('charts.source')}:{' '}
          {sources.map((s, i) => (
            <span key={`${s.name}-${i}`}>
              {i > 0 && '; '}
              <SourceLink source={s} />
            </span>
          ))}
          {years && ` · ${t('charts.year')} ${years}`}
        </p>
      )}
      <div className="chart-frame__tools no-print">
        <button
          type="button"
          className="button button--small"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('charts.hideTable') : t('charts.showTable')}
        </button>
        <span
          className="chart-frame__downloads"
          role="group"
          aria-label={t('charts.downloadLabel', { what: title })}
        >
          <span aria-hidden="true">{t('charts.download')}:</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => exportTable('csv')}
            disabled={empty}
          >
            {t('charts.downloadCsv')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => exportTable('xlsx')}
            disabled={empty}
          >
            {t('charts.downloadXlsx')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => exportImage('png')}
            disabled={empty}
          >
            {t('charts.downloadPng')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => exportImage('svg')}
            disabled={empty}
          >
            {t('charts.downloadSvg')}
          </button>
        </span>
      </div>
      {exportError && (
        <p role="alert" className="chart-frame__error">
          {exportError}
        </p>
      )}
      <div id={tableId} hidden={!showTable} className="chart-frame__table">
        {showTable && <ChartTable caption={title} table={table} />}
      </div>
    </figure>
  );
}
