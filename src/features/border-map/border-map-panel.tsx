import './border-map.css';
import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDashboardActions, useDataset, useFilters, useSelectedCrossingId, useSelectedProjectId } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectBorderView } from './border-selectors';
import { PlaceCard } from './place-card';
import { PlaceList } from './place-list';
import { PlaceNotes } from './place-notes';

const DATASETS = ['places', 'projects', 'regions', 'aggregates', 'sources'] as const;

// Leaflet (≈150 kB) and its CSS load only when the map is drawn, not with the first screen.
const BorderMap = lazy(() => import('./border-map').then((m) => ({ default: m.BorderMap })));

export function BorderMapPanel() {
  const places = useDataset('places');
  const projects = useDataset('projects');
  const regions = useDataset('regions');
  const aggregates = useDataset('aggregates');
  const sources = useDataset('sources');
  const filters = useFilters();
  const selectedPlaceId = useSelectedCrossingId();
  const selectedProjectId = useSelectedProjectId();
  const { crossingSelected, projectSelected, regionToggled } = useDashboardActions();
  const [tiles, setTiles] = useState(false);
  const tilesId = useId();

  const view = useMemo(
    () =>
      places
        ? selectBorderView(
            { places: places.records, projects: projects?.records, sources: sources?.records, regions: regions?.records, aggregates: aggregates?.records, selectedProjectId },
            filters,
          )
        : null,
    [places, projects, sources, regions, aggregates, selectedProjectId, filters],
  );
  const selected = view?.places.find((p) => p.id === selectedPlaceId) ?? null;
  const onSelectPlace = useCallback((id: string) => crossingSelected(id), [crossingSelected]);
  const onSelectProject = useCallback((id: string) => projectSelected(id), [projectSelected]);

  return (
    <PanelFrame
      id="border"
      title={PANEL_TITLES.border}
      datasets={DATASETS}
      summary={view?.summary ?? ''}
      emptyReason={view?.emptyReason}
      sourceLine={sourceLine(view?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
      hasSvg={false}
    >
      {view && (
        <div className="border-panel">
          <p className="muted">Region, Status, Search and the time window (opened by its end) apply to the places; Sector applies only to the investment-project markers.</p>
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
                <PlaceCard place={selected} activeRegions={filters.regions} onToggleRegion={regionToggled} onClose={() => crossingSelected(null)} />
              ) : (
                <p className="border-panel__hint">Select a place on the map or in the list to see its names, dates, status and sources.</p>
              )}
              <PlaceList places={view.places} selectedId={selectedPlaceId} onSelect={onSelectPlace} />
            </div>
          </div>
          <PlaceNotes places={view.places} />
        </div>
      )}
    </PanelFrame>
  );
}
