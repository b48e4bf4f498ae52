import type L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import { useLanguage } from '../../i18n/use-language';
import type { AppConfig } from '../../data/schemas/config-schema';
import type { RegionCode } from '../../domain/region';
import type { BoundaryFeature } from './layers/boundary-features';
import { MapAttribution } from './map-attribution';
import { MapExportButton } from './export/map-export-button';
import type { MapImageText } from './export/map-image';
import { OutlineLayer, SelectionHalo } from './layers/outline-layer';
import { RegionLayers } from './layers/region-layers';
import type { RegionLayerHandlers } from './layers/use-region-layers';
import { INDONESIA_BOUNDS, ZoomToRegion, type ZoomRequest } from './layers/zoom-to-region';

interface ChoroplethMapProps extends RegionLayerHandlers {
  label: string;
  features: readonly BoundaryFeature[];
  outlines: readonly BoundaryFeature[] | null;
  /** The province whose border is drawn heavier. */
  emphasizedProvince: RegionCode | null;
  basemap: AppConfig['basemap'];
  attribution: string;
  zoom: ZoomRequest;
  /** The selected region's boundary, drawn with its own halo. */
  selectedFeature?: BoundaryFeature | null;
  /** File name and captions of the PNG download; without it there is no download button. */
  exportImage?: { filename: string } & MapImageText;
}

/** Leaflet on a canvas. Works offline: the tile layer is optional, the sea is the container colour. */
export function ChoroplethMap({
  label,
  features,
  outlines,
  emphasizedProvince,
  basemap,
  attribution,
  zoom,
  selectedFeature = null,
  exportImage,
  ...handlers
}: ChoroplethMapProps) {
  const [map, setMap] = useState<L.Map | null>(null);
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <div className="choropleth-map" role="group" aria-label={label}>
        <MapContainer
          ref={setMap}
          bounds={INDONESIA_BOUNDS}
          preferCanvas
          zoomSnap={0.25}
          minZoom={3.5}
          maxZoom={12}
          worldCopyJump={false}
          zoomControl={false}
          className="choropleth-map__canvas"
        >
          {basemap && (
            <TileLayer url={basemap.url} attribution={basemap.attribution} maxZoom={basemap.maxZoom} />
          )}
          {/* Leaflet reads the titles once: a new language mounts a new control. */}
          <ZoomControl key={language} zoomInTitle={t('phone.zoomIn')} zoomOutTitle={t('phone.zoomOut')} />
          <MapAttribution text={attribution} />
          <RegionLayers features={features} {...handlers} />
          {outlines && <OutlineLayer features={outlines} emphasized={emphasizedProvince} />}
          <SelectionHalo feature={selectedFeature} />
          <ZoomToRegion request={zoom} />
        </MapContainer>
      </div>
      {exportImage && <MapExportButton map={map} filename={exportImage.filename} text={exportImage} />}
    </>
  );
}
