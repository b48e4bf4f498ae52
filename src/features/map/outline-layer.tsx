import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { RegionCode } from '../../domain/region';
import type { BoundaryFeature } from './boundary-features';
import { createCanvasRenderer } from './canvas-renderer';

const PANE = 'province-outlines';
const BORDER: L.PathOptions = { fill: false, color: '#1d2733', weight: 1.4, opacity: 0.85 };
const EMPHASIS: L.PathOptions = { fill: false, color: '#111111', weight: 3.5, opacity: 1 };

interface OutlineLayerProps {
  features: readonly BoundaryFeature[];
  /** A province to draw heavier, e.g. the one drilled into. */
  emphasized: RegionCode | null;
}

/** Province borders drawn over the regency layer: not clickable, only for orientation. */
export function OutlineLayer({ features, emphasized }: OutlineLayerProps) {
  const map = useMap();
  const layers = useRef(new Map<RegionCode, L.Polygon>());

  useEffect(
    function drawOutlines() {
      // A pane of their own, above the fills and transparent to the mouse, so hover reaches the regencies.
      const pane = map.getPane(PANE) ?? map.createPane(PANE);
      pane.style.zIndex = '450';
      pane.style.pointerEvents = 'none';
      const byCode = layers.current;
      const renderer = createCanvasRenderer({ padding: 0.5, pane: PANE });
      const group = L.geoJSON(
        { type: 'FeatureCollection', features: [...features] } as GeoJSON.FeatureCollection,
        {
          renderer,
          interactive: false,
          style: BORDER,
          onEachFeature: (feature, layer) =>
            byCode.set((feature as BoundaryFeature).properties.code, layer as L.Polygon),
        } as L.GeoJSONOptions,
      ).addTo(map);
      return function removeOutlines() {
        group.remove();
        renderer.remove();
        byCode.clear();
      };
    },
    [map, features],
  );

  useEffect(
    function emphasizeProvince() {
      const layer = emphasized ? layers.current.get(emphasized) : undefined;
      if (!layer) return;
      layer.setStyle(EMPHASIS);
      layer.bringToFront();
      return function removeEmphasis() {
        layer.setStyle(BORDER);
      };
    },
    [emphasized, features],
  );
  return null;
}
