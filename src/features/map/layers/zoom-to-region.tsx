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
      // Centred on a point inside its main land (a bounding-box centre can be open sea), zoomed out
      // until every part fits around that point.
      const [lat, lng] = labelPoint(request.feature);
      const b = L.geoJSON(request.feature).getBounds();
      const dLat = Math.max(lat - b.getSouth(), b.getNorth() - lat);
      const dLng = Math.max(lng - b.getWest(), b.getEast() - lng);
      const around = L.latLngBounds([lat - dLat, lng - dLng], [lat + dLat, lng + dLng]).pad(0.35);
      const zoom = Math.min(map.getBoundsZoom(around, false, L.point(32, 32)), 8);
      map.setView([lat, lng], zoom, { animate: false });
    },
    [map, request],
  );
  return null;
}
