import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg, fileSlug } from '../../../lib/chart-export';

interface MapFigureProps {
  caption: string;
  filename: string;
  legend: readonly { label: string; color: string }[];
  footer: string;
  className?: string;
  children: ReactNode;
}

/** A small map with its caption and PNG/SVG downloads that carry the title, legend and source. */
export function MapFigure({ caption, filename, legend, footer, className, children }: MapFigureProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [error, setError] = useState<string | null>(null);
  const decoration = { title: caption, legend, footer };

  function exportImage(kind: 'png' | 'svg') {
    setError(null);
    const svg = ref.current?.querySelector('svg');
    if (!svg) return;
    const name = fileSlug('sektor-teratas', filename);
    if (kind === 'svg') return downloadSvg(svg, name, decoration);
    downloadPng(svg, name, decoration).catch((reason: unknown) =>
      setError(
        t('charts.exportFailed', { reason: reason instanceof Error ? reason.message : String(reason) }),
      ),
    );
  }

  return (
    <figure ref={ref} className={className ?? 'sectors-map'}>
      <figcaption>{caption}</figcaption>
      {children}
      <span
        className="chart-frame__downloads no-print"
        role="group"
        aria-label={t('charts.downloadLabel', { what: caption })}
      >
        <button type="button" className="button button--small" onClick={() => exportImage('png')}>
          {t('charts.downloadPng')}
        </button>
        <button type="button" className="button button--small" onClick={() => exportImage('svg')}>
          {t('charts.downloadSvg')}
        </button>
      </span>
      {error && <p role="alert">{error}</p>}
    </figure>
  );
}
