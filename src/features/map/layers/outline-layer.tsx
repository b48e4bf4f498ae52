import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { RegionCode } from '../../../domain/region';
import type { BoundaryFeature } from './boundary-features';
import { createCanvasRenderer } from './canvas-renderer';

const PANE = 'province-outlines';
const BORDER: L.PathOptions = { fill: false, color: '#1d2733', weight: 1.4, opacity: 0.85 };
// The selected region's province: dashed, so it never reads as the selected region's own outline.
const EMPHASIS: L.PathOptions = { fill: false, color: '#1d2733', weight: 2.4, opacity: 1, dashArray: '7 5' };

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

const HALO_PANE = 'selection-halo';
// A wide dark ring with a white line inside it: unlike the thin dashed province border and the purple
// outline of compared regions, and visible on every fill of the palette (dark on the pale classes,
// white on the dark ones).
const HALO: L.PathOptions = { fill: false, color: '#111111', weight: 8, opacity: 0.9, lineJoin: 'round' };
const LINE: L.PathOptions = { fill: false, color: '#ffffff', weight: 2.5, opacity: 1, lineJoin: 'round' };

/** The selected region's double outline, above the province borders, around every part of it. */
export function SelectionHalo({ feature }: { feature: BoundaryFeature | null }) {
  const map = useMap();
  useEffect(
    function drawSelectionHalo() {
      if (!feature) return;
      const pane = map.getPane(HALO_PANE) ?? map.createPane(HALO_PANE);
      pane.style.zIndex = '460';
      pane.style.pointerEvents = 'none';
      const renderer = createCanvasRenderer({ padding: 0.5, pane: HALO_PANE });
      const options = { renderer, interactive: false } as L.GeoJSONOptions;
      const halo = L.geoJSON(feature, { ...options, style: HALO }).addTo(map);
      const line = L.geoJSON(feature, { ...options, style: LINE }).addTo(map);
      map.getContainer().dataset.selectedOutline = feature.properties.code;
      return function removeSelectionHalo() {
        halo.remove();
        line.remove();
        renderer.remove();
        delete map.getContainer().dataset.selectedOutline;
      };
    },
    [map, feature],
  );
  return null;
}
