import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundaryFeature } from './boundary-features';
import { createCanvasRenderer } from './canvas-renderer';

const PANE = 'province-outlines';

/** Province borders drawn over the regency layer: not clickable, only for orientation. */
export function OutlineLayer({ features }: { features: readonly BoundaryFeature[] }) {
  const map = useMap();
  useEffect(
    function drawOutlines() {
      // A pane of their own, above the fills and transparent to the mouse, so hover reaches the regencies.
      const pane = map.getPane(PANE) ?? map.createPane(PANE);
      pane.style.zIndex = '450';
      pane.style.pointerEvents = 'none';
      const renderer = createCanvasRenderer({ padding: 0.5, pane: PANE });
      const layer = L.geoJSON(
        { type: 'FeatureCollection', features: [...features] } as GeoJSON.FeatureCollection,
        {
          renderer,
          interactive: false,
          style: { fill: false, color: '#1d2733', weight: 1.4, opacity: 0.85 },
        } as L.GeoJSONOptions,
      ).addTo(map);
      return function removeOutlines() {
        layer.remove();
        renderer.remove();
      };
    },
    [map, features],
  );
  return null;
}
