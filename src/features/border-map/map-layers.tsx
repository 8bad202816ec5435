import { latLngBounds, type LatLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { RiverProperties } from '@/data/geo/rivers';
import { GeoSvg } from './geo-svg';
import type { GeoPath } from './geo-paths';
import { BASEMAP_ATTRIBUTION } from './map-paths';
import { FRONTIER_FIT } from './map-views';
import type { MapPoint } from './place-markers';

const RIVER_STYLE = { className: 'border-map__river', weight: 2.5 };

/** The 1:110m world (map-paths.ts basemapPaths), projected once (see geo-svg-layer.ts). */
export function CountriesLayer({ paths }: { paths: readonly GeoPath[] }) {
  return <GeoSvg paths={paths} attribution={BASEMAP_ATTRIBUTION} />;
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

/** A change of the map's box by more than this share (full screen, a slide) refits the view; a window drag does not. */
const REFIT_SHARE = 0.2;

/**
 * Keeps Leaflet's idea of the map's size in step with its box (full screen, the window, the layout around it), so
 * shapes, labels and markers are drawn over the whole map after it grows. When the box grows or shrinks by much
 * (entering or leaving full screen, a slide), the area the reader was looking at is fitted to the new box, so a
 * full-screen map shows the same frontier larger instead of the old view in one corner.
 */
export function FollowContainerSize({ points }: { points: readonly MapPoint[] }) {
  const map = useMap();
  const shown = useRef(points);
  useEffect(() => {
    shown.current = points;
  }, [points]);
  useEffect(
    function watchContainerSize() {
      if (typeof ResizeObserver !== 'function') return;
      let size = map.getSize();
      let seen = size.x > 0 ? map.getBounds() : null;
      // The places the reader was looking at fill the new box (the old rectangle if there were none), zoomed in by
      // at most two steps: a full-screen map shows the same frontier, or the same close-up, larger.
      const refit = (before: LatLngBounds) => {
        const inView = shown.current.filter((p) => before.contains([p.lat, p.lon]));
        const target = inView.length >= 2 ? latLngBounds(inView.map((p) => [p.lat, p.lon])) : before;
        map.fitBounds(target, { ...FRONTIER_FIT, maxZoom: map.getZoom() + 2 });
      };
      const remember = () => {
        if (map.getSize().x > 0) seen = map.getBounds();
      };
      const observer = new ResizeObserver(() => {
        // invalidateSize ends with a moveend (which remembers the resized view): keep the view from before it.
        const before = seen;
        map.invalidateSize({ pan: false });
        const next = map.getSize();
        const changed =
          Math.abs(next.x - size.x) > size.x * REFIT_SHARE || Math.abs(next.y - size.y) > size.y * REFIT_SHARE;
        size = next;
        if (changed && before && next.x > 0) refit(before);
        remember();
      });
      map.on('moveend', remember);
      observer.observe(map.getContainer());
      return () => {
        observer.disconnect();
        map.off('moveend', remember);
      };
    },
    [map],
  );
  return null;
}
