import { Suspense, useCallback, useId, useState } from 'react';
import { useShowCardSlot } from '@/components/panel-frame/card-slot-context';
import { CardSlot } from '@/components/panel-frame/card-slots';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { useGeoFile } from '@/store/hooks';
import type { BorderView } from './border-selectors';
import { PlaceCard } from './place-card';
import { PlaceList } from './place-list';
import { PlaceNotes } from './place-notes';

// Leaflet (≈150 kB) and its CSS load only when the map is drawn, not with the first screen.
const BorderMap = lazyWithPreload(() => import('./border-map').then((m) => ({ default: m.BorderMap })));

/**
 * Asks for the map's shapes as soon as the body is drawn, while Leaflet and the map's code are still loading, so the
 * first draw does not wait for a second round of downloads (the map reads the same store slots).
 */
function FetchMapShapes() {
  useGeoFile('basemap');
  useGeoFile('region');
  useGeoFile('rivers');
  return null;
}

export interface BorderBodyProps {
  view: BorderView;
  selectedCrossingId: string | null;
  selectedProjectId: string | null;
  activeRegions: readonly string[];
  onSelectCrossing: (id: string | null) => void;
  onSelectProject: (id: string | null) => void;
  onToggleRegion: (id: string) => void;
}

/** The map, the place card and list, and the notes; loaded on demand (see the panel). */
export function BorderBody(props: BorderBodyProps) {
  const {
    view,
    selectedCrossingId,
    selectedProjectId,
    activeRegions,
    onSelectCrossing,
    onSelectProject,
    onToggleRegion,
  } = props;
  const [tiles, setTiles] = useState(false);
  const tilesId = useId();
  const selected = view.places.find((p) => p.id === selectedCrossingId) ?? null;
  const onSelectPlace = useCallback((id: string) => onSelectCrossing(id), [onSelectCrossing]);
  const show = useShowCardSlot();
  // A place chosen in the list is shown where it is: on the map, with its card.
  const onSelectListed = useCallback(
    (id: string) => {
      onSelectCrossing(id);
      show('hero');
    },
    [onSelectCrossing, show],
  );
  const onSelectMapProject = useCallback((id: string) => onSelectProject(id), [onSelectProject]);

  return (
    <div className="border-panel">
      {view.selectedProjectNote && <p className="border-panel__note">{view.selectedProjectNote}</p>}
      <div className="field field--inline border-panel__tiles">
        <input id={tilesId} type="checkbox" checked={tiles} onChange={(e) => setTiles(e.target.checked)} />
        <label htmlFor={tilesId}>Online map tiles (OpenStreetMap)</label>
      </div>
      <div className="border-panel__layout border-panel__layout--card">
        <FetchMapShapes />
        <Suspense fallback={<p role="status">Loading map…</p>}>
          <BorderMap
            view={view}
            selectedPlaceId={selectedCrossingId}
            selectedProjectId={selectedProjectId}
            tiles={tiles}
            onSelectPlace={onSelectPlace}
            onSelectProject={onSelectMapProject}
          />
        </Suspense>
        {selected && (
          <div className="border-panel__side">
            <PlaceCard
              place={selected}
              activeRegions={activeRegions}
              onToggleRegion={onToggleRegion}
              onClose={() => onSelectCrossing(null)}
            />
          </div>
        )}
      </div>
      <CardSlot name="more">
        <p className="border-panel__hint">
          Select a place on the map or in the list to see its names, dates, status and sources.
        </p>
        <PlaceList places={view.places} selectedId={selectedCrossingId} onSelect={onSelectListed} />
      </CardSlot>
      <CardSlot name="notes">
        {view.portNote && (
          <div className="border-panel__note">
            <p>{view.portNote.text}</p>
            {view.portNote.detail && <p>{view.portNote.detail}</p>}
          </div>
        )}
        <PlaceNotes places={view.places} />
      </CardSlot>
    </div>
  );
}
