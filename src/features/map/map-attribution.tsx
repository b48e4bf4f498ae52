import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Adds a line to Leaflet's attribution box, and takes it away again on unmount. */
export function MapAttribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(
    function attribute() {
      map.attributionControl?.addAttribution(text);
      return function removeAttribution() {
        map.attributionControl?.removeAttribution(text);
      };
    },
    [map, text],
  );
  return null;
}
