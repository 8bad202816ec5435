import { useEffect, useRef } from 'react';
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
  const layer = useRef<DotsLayer | null>(null);
  // The dots are projected once per set of places; a new selection only redraws them (the next effect, which runs
  // after this one whenever this one does).
  useEffect(
    function drawCanvasMarkers() {
      const added = new DotsLayer(points, null, onSelect);
      added.addTo(map);
      layer.current = added;
      return function removeCanvasMarkers() {
        added.remove();
        layer.current = null;
      };
    },
    [map, points, onSelect],
  );
  useEffect(
    function drawSelectedDot() {
      layer.current?.setSelected(selectedId);
    },
    [map, points, onSelect, selectedId],
  );
  return null;
}
