import { canvas, circleMarker, layerGroup } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPoint } from './place-markers';

interface Props {
  points: readonly MapPoint[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Thousands of places: one canvas layer of dots instead of thousands of DOM elements, so panning stays smooth. The
 * dots are not focusable; the list beside the map is the keyboard route to every place.
 */
export function CanvasMarkers({ points, selectedId, onSelect }: Props) {
  const map = useMap();
  const renderer = useMemo(() => canvas({ padding: 0.5 }), []);
  useEffect(
    function drawCanvasMarkers() {
      const group = layerGroup();
      for (const p of points) {
        const selected = p.id === selectedId;
        const options = p.style.approximate
          ? { color: '#000000', fillColor: p.style.color, dashArray: '3 2', weight: 1.5 }
          : { color: '#000000', fillColor: p.style.color, weight: 1 };
        circleMarker([p.lat, p.lon], { ...options, renderer, radius: selected ? 8 : 5, fillOpacity: 1 })
          .on('click', () => onSelect(p.id))
          .addTo(group);
      }
      group.addTo(map);
      return function removeCanvasMarkers() {
        group.remove();
      };
    },
    [map, renderer, points, selectedId, onSelect],
  );
  return null;
}
