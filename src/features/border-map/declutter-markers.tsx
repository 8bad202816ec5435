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
          return (
            <Polyline
              key={`${kind}:${p.id}`}
              positions={[
                [p.lat, p.lon],
                [to.lat, to.lon],
              ]}
              pathOptions={LEADER}
              className="border-map__leader"
              interactive={false}
            />
          );
        })}
        {originals.map(([kind, p]) =>
          moved.has(`${kind}:${p.id}`) ? (
            <CircleMarker
              key={`dot:${kind}:${p.id}`}
              center={[p.lat, p.lon]}
              radius={2.5}
              pathOptions={TRUE_SPOT}
              className="border-map__true-spot"
              interactive={false}
            />
          ) : null,
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
