import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundaryFeature } from './boundary-features';

export const INDONESIA_BOUNDS = L.latLngBounds([-11.2, 94.7], [6.3, 141.2]);

export interface ZoomRequest {
  feature: BoundaryFeature | null;
  /** Changes on every request, so asking twice for the same region zooms twice. */
  nonce: number;
}

/**
 * Fits the map to the whole region, every island of it, with a margin of its surroundings so the user
 * still sees where it lies; or to Indonesia.
 */
export function ZoomToRegion({ request }: { request: ZoomRequest }) {
  const map = useMap();
  useEffect(
    function zoomToRequestedRegion() {
      // The container may have been sized by CSS that arrived after Leaflet measured it.
      map.invalidateSize({ pan: false });
      if (!request.feature) {
        map.fitBounds(INDONESIA_BOUNDS, { animate: false });
        return;
      }
      const bounds = L.geoJSON(request.feature).getBounds().pad(0.35);
      map.fitBounds(bounds, { padding: [32, 32], maxZoom: 8, animate: false });
    },
    [map, request],
  );
  return null;
}
