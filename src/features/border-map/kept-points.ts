import { keepEntries, keepItems, useKept } from '@/lib/use-kept';
import type { MapLabel } from './placed-labels';
import type { MapPoint } from './place-markers';

/** Equal as drawn: the same place at the same spot with the same name and marker. */
function samePoint(a: MapPoint, b: MapPoint): boolean {
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.lat === b.lat &&
    a.lon === b.lon &&
    a.style.shape === b.style.shape &&
    a.style.color === b.style.color &&
    a.style.approximate === b.style.approximate
  );
}

function sameLabel(a: MapLabel, b: MapLabel): boolean {
  return (
    a.id === b.id && a.kind === b.kind && a.text === b.text && a.rank === b.rank && a.lat === b.lat && a.lon === b.lon
  );
}

const mergePoints = (kept: readonly MapPoint[], next: readonly MapPoint[]) =>
  keepItems(kept, next, (p) => p.id, samePoint);
const mergeMoved = (kept: ReadonlyMap<string, MapPoint>, next: ReadonlyMap<string, MapPoint>) =>
  keepEntries(kept, next, samePoint);
const mergeLabels = (kept: readonly MapLabel[], next: readonly MapLabel[]) =>
  keepItems(kept, next, (l) => l.id, sameLabel);

/**
 * The map's points, labels and spread positions as the objects of the last render where they did not change: a filter
 * change that leaves a marker as it was leaves its Leaflet marker, leader line and the label layout untouched.
 */
export const useKeptPoints = (points: readonly MapPoint[]) => useKept(points, mergePoints);
export const useKeptMoved = (moved: ReadonlyMap<string, MapPoint>) => useKept(moved, mergeMoved);
export const useKeptLabels = (labels: readonly MapLabel[]) => useKept(labels, mergeLabels);
