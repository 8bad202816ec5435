import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useKeptMoved } from './kept-points';
import { spreadPoints } from './marker-spread';
import type { MapPoint } from './place-markers';

export type MovedPoints = ReadonlyMap<string, MapPoint>;

/** Where each overlapping marker is drawn at the current zoom, keyed "place:<id>" or "project:<id>" (see below). */
export function useSpreadPositions(places: readonly MapPoint[], projects: readonly MapPoint[]): MovedPoints {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(
    function followZoom() {
      const onZoom = () => setZoom(map.getZoom());
      map.on('zoomend viewreset', onZoom);
      return () => {
        map.off('zoomend viewreset', onZoom);
      };
    },
    [map],
  );
  const moved = useMemo(() => {
    const all = [
      ...places.map((p) => ({ p, key: `place:${p.id}` })),
      ...projects.map((p) => ({ p, key: `project:${p.id}` })),
    ];
    const screen = all.map(({ p, key }) => {
      const at = map.project([p.lat, p.lon], zoom);
      return { id: key, x: at.x, y: at.y };
    });
    const offsets = spreadPoints(screen);
    const result = new Map<string, MapPoint>();
    all.forEach(({ p, key }, i) => {
      const offset = offsets.get(key);
      const at = screen[i];
      if (!offset || !at) return;
      const shifted = map.unproject([at.x + offset.dx, at.y + offset.dy], zoom);
      result.set(key, { ...p, lat: shifted.lat, lon: shifted.lng });
    });
    return result;
  }, [map, zoom, places, projects]);
  return useKeptMoved(moved);
}
