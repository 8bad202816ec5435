import { latLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { RiverProperties } from '@/data/geo/rivers';
import { FRONTIER_FIT } from './map-views';
import type { MapPoint } from './place-markers';

const COUNTRY_STYLE = { className: 'border-map__country', weight: 0.8, fillOpacity: 1 };
const RIVER_STYLE = { className: 'border-map__river', weight: 2.5 };

export function CountriesLayer({ data }: { data: FeatureCollection }) {
  return <GeoJSON data={data} style={COUNTRY_STYLE} interactive={false} attribution="Natural Earth" />;
}

export function RiversLayer({ data }: { data: FeatureCollection<LineString | MultiLineString, RiverProperties> }) {
  return <GeoJSON data={data} style={RIVER_STYLE} interactive={false} />;
}

const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Fits the map to the places once it has a size (jsdom has none), then leaves the view to the user. */
export function FitToPoints({ points }: { points: readonly MapPoint[] }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(
    function fitOnceToPlaces() {
      if (done.current || points.length === 0 || map.getSize().x === 0) return;
      done.current = true;
      map.fitBounds(latLngBounds(points.map((p) => [p.lat, p.lon])), FRONTIER_FIT);
    },
    [map, points],
  );
  return null;
}

/** Brings the selected place into view when it is chosen from the list (or another panel). */
export function PanToSelected({ point }: { point: MapPoint | null }) {
  const map = useMap();
  useEffect(
    function panToSelectedPlace() {
      if (!point || map.getSize().x === 0) return;
      if (!map.getBounds().pad(-0.1).contains([point.lat, point.lon]))
        map.panTo([point.lat, point.lon], { animate: !prefersReducedMotion() });
    },
    [map, point],
  );
  return null;
}

/**
 * Keeps Leaflet's idea of the map's size in step with its box (full screen, the window, the layout around it), so
 * shapes, labels and markers are drawn over the whole map after it grows.
 */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(
    function watchContainerSize() {
      if (typeof ResizeObserver !== 'function') return;
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return () => observer.disconnect();
    },
    [map],
  );
  return null;
}
