import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { DotsLayer } from './dots-layer';
import type { MapPoint } from './place-markers';

interface Props {
  points: readonly MapPoint[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Thousands of places: one canvas layer of dots instead of thousands of DOM elements, so panning and zooming stay
 * smooth (dots-layer.ts). The dots are not focusable; the list beside the map is the keyboard route to every place.
 */
export function CanvasMarkers({ points, selectedId, onSelect }: Props) {
  const map = useMap();
  useEffect(
    function drawCanvasMarkers() {
      const layer = new DotsLayer(points, selectedId, onSelect);
      layer.addTo(map);
      return function removeCanvasMarkers() {
        layer.remove();
      };
    },
    [map, points, selectedId, onSelect],
  );
  return null;
}
