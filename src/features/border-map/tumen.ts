import type { RegionMap } from '@/data/geo/region-map';
import type { MapPoint } from './place-markers';

/** The Tumen close-up frames these places: the tripoint, the 1959 Friendship Bridge and Fangchuan. */
export const FANGCHUAN_ID = 'fangchuan';
export const TUMEN_IDS = ['tumen-tripoint', 'korea-russia-friendship-bridge', FANGCHUAN_ID];

/** The lower Tumen: the derived river line from the vertex nearest Fangchuan down to the sea. */
export function lowerTumen(region: RegionMap | null, fangchuan: MapPoint | undefined): [number, number][] | null {
  const line = region?.rivers.features.find((f) => f.properties.id === 'tumen')?.geometry.coordinates[0];
  if (!line || !fangchuan) return null;
  let nearest = 0;
  line.forEach(([lon = 0, lat = 0], i) => {
    const [bestLon = 0, bestLat = 0] = line[nearest] ?? [];
    if (
      Math.hypot(lon - fangchuan.lon, lat - fangchuan.lat) <
      Math.hypot(bestLon - fangchuan.lon, bestLat - fangchuan.lat)
    )
      nearest = i;
  });
  return line.slice(nearest).map(([lon = 0, lat = 0]) => [lat, lon]);
}

/**
 * What the Tumen close-up frames: the three places, the country names placed around the tripoint and the river's
 * mouth, so the whole lower stretch and the three borders are in view.
 */
export function tumenFrame(region: RegionMap | null, places: readonly MapPoint[]): [number, number][] {
  const points: [number, number][] = places.filter((p) => TUMEN_IDS.includes(p.id)).map((p) => [p.lat, p.lon]);
  for (const label of region?.labels ?? []) if (label.kind === 'tumen-country') points.push([label.lat, label.lon]);
  const mouth = region?.rivers.features.find((f) => f.properties.id === 'tumen')?.geometry.coordinates[0]?.at(-1);
  if (mouth) points.push([mouth[1] ?? 0, mouth[0] ?? 0]);
  return points;
}
