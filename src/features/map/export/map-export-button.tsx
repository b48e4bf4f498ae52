import type L from 'leaflet';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../../lib/chart-export';
import { mapToPngBlob, type MapImageText } from './map-image';

interface MapExportButtonProps {
  map: L.Map | null;
  filename: string;
  text: MapImageText;
}

/** "Unduh: Gambar (PNG)" of the map as the user sees it now. */
export function MapExportButton({ map, filename, text }: MapExportButtonProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  // The accessible name starts with the visible words, so a voice-control user can say what they see.
  const visible = `${t('charts.download')}: ${t('charts.downloadPng')}`;
  async function exportMap() {
    if (!map) return;
    setError(null);
    try {
      downloadBlob(`${filename}.png`, await mapToPngBlob(map, text));
    } catch (cause) {
      setError(t('charts.exportFailed', { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
  }
  return (
    <div className="choropleth-map__tools no-print">
      <button
        type="button"
        className="button button--small"
        disabled={!map}
        aria-label={`${visible} — ${text.title}`}
        onClick={() => void exportMap()}
      >
        {visible}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
