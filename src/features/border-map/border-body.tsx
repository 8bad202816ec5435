import { Suspense, useCallback, useId, useState } from 'react';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import type { BorderView } from './border-selectors';
import { PlaceCard } from './place-card';
import { PlaceList } from './place-list';
import { PlaceNotes } from './place-notes';

// Leaflet (≈150 kB) and its CSS load only when the map is drawn, not with the first screen.
const BorderMap = lazyWithPreload(() => import('./border-map').then((m) => ({ default: m.BorderMap })));

export interface BorderBodyProps {
  view: BorderView;
  selectedPlaceId: string | null;
  selectedProjectId: string | null;
  activeRegions: readonly string[];
  crossingSelected: (id: string | null) => void;
  projectSelected: (id: string | null) => void;
  regionToggled: (id: string) => void;
}

/** The map, the place card and list, and the notes; loaded on demand (see the panel). */
export function BorderBody(props: BorderBodyProps) {
  const { view, selectedPlaceId, selectedProjectId, activeRegions, crossingSelected, projectSelected, regionToggled } =
    props;
  const [tiles, setTiles] = useState(false);
  const tilesId = useId();
  const selected = view.places.find((p) => p.id === selectedPlaceId) ?? null;
  const onSelectPlace = useCallback((id: string) => crossingSelected(id), [crossingSelected]);
  const onSelectProject = useCallback((id: string) => projectSelected(id), [projectSelected]);

  return (
    <div className="border-panel">
      <p className="muted">
        Region, Status, Search and the time window (opened by its end) apply to the places; Sector applies only to the
        investment-project markers.
      </p>
      {view.portNote && (
        <div className="border-panel__note">
          <p>{view.portNote.text}</p>
          {view.portNote.detail && (
            <details>
              <summary>About this count</summary>
              <p>{view.portNote.detail}</p>
            </details>
          )}
        </div>
      )}
      {view.selectedProjectNote && <p className="border-panel__note">{view.selectedProjectNote}</p>}
      <div className="field field--inline border-panel__tiles">
        <input id={tilesId} type="checkbox" checked={tiles} onChange={(e) => setTiles(e.target.checked)} />
        <label htmlFor={tilesId}>Online map tiles (OpenStreetMap)</label>
      </div>
      <div className="border-panel__layout">
        <Suspense fallback={<p role="status">Loading map…</p>}>
          <BorderMap
            view={view}
            selectedPlaceId={selectedPlaceId}
            selectedProjectId={selectedProjectId}
            tiles={tiles}
            onSelectPlace={onSelectPlace}
            onSelectProject={onSelectProject}
          />
        </Suspense>
        <div className="border-panel__side">
          {selected ? (
            <PlaceCard
              place={selected}
              activeRegions={activeRegions}
              onToggleRegion={regionToggled}
              onClose={() => crossingSelected(null)}
            />
          ) : (
            <p className="border-panel__hint">
              Select a place on the map or in the list to see its names, dates, status and sources.
            </p>
          )}
          <PlaceList places={view.places} selectedId={selectedPlaceId} onSelect={onSelectPlace} />
        </div>
      </div>
      <PlaceNotes places={view.places} />
    </div>
  );
}
