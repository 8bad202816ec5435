import { useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import type { RegionMap } from '@/data/geo/region-map';
import { DeclutteredMarkers } from './declutter-markers';
import { useKeptLabels } from './kept-points';
import { MapLabels } from './map-labels';
import type { MapLabel, MarkerBox } from './placed-labels';
import type { MapPoint } from './place-markers';
import type { PlaceView } from './place-view';
import { FANGCHUAN_ID, lowerTumen } from './tumen';
import { useSpreadPositions } from './use-spread-positions';

/** Kinds of place whose name is a permanent label once zoomed in (crossings first, then the Tumen's points). */
const PLACE_LABEL_RANK: Partial<Record<PlaceView['kind'], number>> = {
  crossing: 5,
  tripoint: 6,
  chokepoint: 6,
  bridge: 6,
};
const MARKER_HALF = 11;
/** A label drops the name's last bracket ("Fangchuan (Jilin)" → "Fangchuan"); the marker keeps the full name. */
const shortName = (name: string): string => name.replace(/\s*\([^)]*\)$/, '') || name;

interface Props {
  region: RegionMap | null;
  places: readonly MapPoint[];
  placeViews: readonly PlaceView[];
  projects: readonly MapPoint[];
  selectedPlaceId: string | null;
  selectedProjectId: string | null;
  onSelectPlace: (id: string) => void;
  onSelectProject: (id: string) => void;
}

/** Markers (spread apart where they would overlap) and the labels, which follow the markers' drawn positions. */
export function MarkersAndLabels(props: Props) {
  const { region, places, placeViews, projects } = props;
  const moved = useSpreadPositions(places, projects);
  const labelsNow = useMemo((): MapLabel[] => {
    const placeLabels = placeViews.flatMap((p): MapLabel[] => {
      const rank = PLACE_LABEL_RANK[p.kind];
      const drawn = moved.get(`place:${p.id}`) ?? places.find((m) => m.id === p.id);
      return rank !== undefined && drawn
        ? [{ id: `place-${p.id}`, kind: 'place', text: shortName(p.name.en), rank, lat: drawn.lat, lon: drawn.lon }]
        : [];
    });
    return [...(region?.labels ?? []), ...placeLabels];
  }, [region, placeViews, places, moved]);
  // The place views are new objects after every filter change; the labels made from them often are not new.
  const labels = useKeptLabels(labelsNow);
  // Labels keep off every marker where it is drawn (20 px icons, see map-icons.ts; 1 px to spare).
  const markerBoxes = useMemo(
    (): MarkerBox[] =>
      [
        ...places.map((p) => moved.get(`place:${p.id}`) ?? p),
        ...projects.map((p) => moved.get(`project:${p.id}`) ?? p),
      ].map((p) => ({ lat: p.lat, lon: p.lon, half: MARKER_HALF })),
    [places, projects, moved],
  );
  const stretch = useMemo(
    () =>
      lowerTumen(
        region,
        places.find((p) => p.id === FANGCHUAN_ID),
      ),
    [region, places],
  );

  return (
    <>
      {stretch && (
        <Polyline
          positions={stretch}
          pathOptions={{ weight: 6 }}
          className="border-map__tumen-stretch"
          interactive={false}
          pane="border-region-lines"
        />
      )}
      <DeclutteredMarkers {...props} moved={moved} />
      <MapLabels labels={labels} markers={markerBoxes} />
    </>
  );
}
