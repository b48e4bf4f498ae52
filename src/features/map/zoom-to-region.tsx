import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { labelPoint, type BoundaryFeature } from './boundary-features';

export const INDONESIA_BOUNDS = L.latLngBounds([-11.2, 94.7], [6.3, 141.2]);

export interface ZoomRequest {
  feature: BoundaryFeature | null;
  /** Changes on every request, so asking twice for the same region zooms twice. */
  nonce: number;
}

/** Fits the map to a region (its label point in the middle), or to Indonesia. */
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
      const bounds = L.geoJSON(request.feature).getBounds();
      const zoom = Math.min(map.getBoundsZoom(bounds, false, L.point(80, 80)), 8.5);
      map.setView(labelPoint(request.feature), zoom, { animate: false });
    },
    [map, request],
  );
  return null;
}
