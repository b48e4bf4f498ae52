import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { RegionCode } from '../../../domain/region';
import { labelPoint, type BoundaryFeature } from './boundary-features';
import { createCanvasRenderer } from './canvas-renderer';

export interface RegionLayerHandlers {
  styleOf: (code: RegionCode) => L.PathOptions;
  tooltipOf: (code: RegionCode) => HTMLElement;
  onSelect: (code: RegionCode) => void;
  /** A region focused elsewhere (the values table): its tooltip opens on the map. */
  highlighted: RegionCode | null;
}

/**
 * One canvas layer per region, created once per boundary set and restyled in place: switching
 * indicator, year or classes never rebuilds the 514 polygons.
 */
export function useRegionLayers(features: readonly BoundaryFeature[], handlers: RegionLayerHandlers) {
  const map = useMap();
  const layers = useRef(new Map<RegionCode, L.Polygon>());
  const current = useRef(handlers);

  useEffect(function keepHandlersCurrent() {
    current.current = handlers;
  });

  useEffect(
    function createRegionLayers() {
      const byCode = layers.current;
      const renderer = createCanvasRenderer({ padding: 0.5, tolerance: 2 });
      const group = L.geoJSON(
        { type: 'FeatureCollection', features: [...features] } as GeoJSON.FeatureCollection,
        {
          renderer,
          style: (feature) => current.current.styleOf((feature as BoundaryFeature).properties.code),
          onEachFeature(feature, layer) {
            const code = (feature as BoundaryFeature).properties.code;
            byCode.set(code, layer as L.Polygon);
            layer.bindTooltip(() => current.current.tooltipOf(code), {
              sticky: true,
              className: 'region-tooltip',
            });
            layer.on('click', () => current.current.onSelect(code));
          },
        } as L.GeoJSONOptions,
      ).addTo(map);
      // Tests and the benchmark read how many regions are on the map and when they arrived.
      map.getContainer().dataset.regionsDrawn = String(byCode.size);
      performance.mark('kd:regions-drawn');
      return function removeRegionLayers() {
        group.remove();
        renderer.remove(); // else every level switch leaves an empty canvas behind
        byCode.clear();
      };
    },
    [map, features],
  );

  const { styleOf, highlighted } = handlers;
  useEffect(
    function restyleRegionLayers() {
      performance.mark('kd:restyle-start');
      const raised: L.Polygon[] = [];
      for (const [code, layer] of layers.current) {
        const style = styleOf(code);
        layer.setStyle(style);
        if ((style.weight ?? 0) > 1) raised.push(layer);
      }
      // Selected and compared regions draw last, so their outline is not hidden by neighbours.
      for (const layer of raised) layer.bringToFront();
      performance.measure('kd:restyle', 'kd:restyle-start');
      // Leaflet paints in the next animation frame; this callback runs after its redraw.
      requestAnimationFrame(() => performance.measure('kd:restyle-painted', 'kd:restyle-start'));
    },
    [styleOf, features],
  );

  useEffect(
    function showHighlightedTooltip() {
      const layer = highlighted ? layers.current.get(highlighted) : undefined;
      const feature = highlighted ? features.find((f) => f.properties.code === highlighted) : undefined;
      if (!layer || !feature) return;
      layer.openTooltip(labelPoint(feature));
      return function hideHighlightedTooltip() {
        layer.closeTooltip();
      };
    },
    [highlighted, features],
  );

  return layers;
}
