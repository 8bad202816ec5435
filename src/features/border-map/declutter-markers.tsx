import { memo, useMemo } from 'react';
import { CircleMarker, Pane, Polyline } from 'react-leaflet';
import { PointMarkers, type MapPoint } from './place-markers';
import type { MovedPoints } from './use-spread-positions';

interface Props {
  places: readonly MapPoint[];
  projects: readonly MapPoint[];
  moved: MovedPoints;
  selectedPlaceId: string | null;
  selectedProjectId: string | null;
  onSelectPlace: (id: string) => void;
  onSelectProject: (id: string) => void;
}

const LEADER = { weight: 1 };
const TRUE_SPOT = { weight: 1, fillOpacity: 1 };

/**
 * The line from a point's true position to where its marker is drawn. Memoised on the two (kept) points: react-leaflet
 * sets a path's coordinates again whenever its positions array is new, which rewrote every leader on a filter change.
 */
const Leader = memo(function Leader({ from, to }: { from: MapPoint; to: MapPoint }) {
  const positions = useMemo(
    (): [number, number][] => [
      [from.lat, from.lon],
      [to.lat, to.lon],
    ],
    [from, to],
  );
  return <Polyline positions={positions} pathOptions={LEADER} className="border-map__leader" interactive={false} />;
});

/** The dot at a moved marker's true position. */
const TrueSpot = memo(function TrueSpot({ at }: { at: MapPoint }) {
  const center = useMemo((): [number, number] => [at.lat, at.lon], [at]);
  return (
    <CircleMarker
      center={center}
      radius={2.5}
      pathOptions={TRUE_SPOT}
      className="border-map__true-spot"
      interactive={false}
    />
  );
});

/**
 * Places and projects as focusable markers, spread apart where they would overlap at the current zoom (see
 * marker-spread.ts). A moved marker is joined to its true position by a thin leader line ending in a dot.
 */
export function DeclutteredMarkers(props: Props) {
  const { places, projects, moved, selectedPlaceId, selectedProjectId, onSelectPlace, onSelectProject } = props;
  const shift = (kind: 'place' | 'project', points: readonly MapPoint[]) =>
    points.map((p) => moved.get(`${kind}:${p.id}`) ?? p);
  const originals = [...places.map((p) => ['place', p] as const), ...projects.map((p) => ['project', p] as const)];

  return (
    <>
      <Pane name="border-leaders" style={{ zIndex: 440 }}>
        {originals.map(([kind, p]) => {
          const to = moved.get(`${kind}:${p.id}`);
          if (!to) return null;
          return <Leader key={`${kind}:${p.id}`} from={p} to={to} />;
        })}
        {originals.map(([kind, p]) =>
          moved.has(`${kind}:${p.id}`) ? <TrueSpot key={`dot:${kind}:${p.id}`} at={p} /> : null,
        )}
      </Pane>
      <PointMarkers points={shift('place', places)} selectedId={selectedPlaceId} onSelect={onSelectPlace} />
      <PointMarkers
        points={shift('project', projects)}
        selectedId={selectedProjectId}
        extraClass="border-marker--project"
        onSelect={onSelectProject}
      />
    </>
  );
}
