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
  // The layer is made once (its canvas and worker stay); a new set of places or a new selection only redraws the
  // dots (the effects below, which run after this one whenever this one does). The first set is read when the layer
  // is made: the points effect then finds it already drawn.
  const first = useRef(points);
  useEffect(
    function drawCanvasMarkers() {
      const added = new DotsLayer(first.current, null, onSelect);
      added.addTo(map);
      layer.current = added;
      return function removeCanvasMarkers() {
        added.remove();
        layer.current = null;
      };
    },
    [map, onSelect],
  );
  useEffect(
    function drawOtherPlaces() {
      first.current = points;
      layer.current?.setPoints(points);
    },
    [map, onSelect, points],
  );
  useEffect(
    function drawSelectedDot() {
      layer.current?.setSelected(selectedId);
    },
    [map, onSelect, selectedId],
  );
  return null;
}
