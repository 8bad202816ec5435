import './border-map.css';
import { lazy, memo, useDeferredValue, useMemo } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDeferredView } from '@/lib/use-deferred-view';
import { useDashboardActions, useDataset, useFilters, useSelectedCrossingId, useSelectedProjectId } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectBorderView } from './border-selectors';

const DATASETS = ['places', 'projects', 'regions', 'aggregates', 'sources'] as const;

// The body (and the map within it) loads after the first paint; the summary needs only the selectors.
// memo: while a filter change is pending the body gets the same (deferred) props and is skipped, see below.
const BorderBody = lazy(() => import('./border-body').then((m) => ({ default: memo(m.BorderBody) })));

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
  // The summary follows a filter change at once; the map and the list redraw just after, in a render React can
  // interrupt (the body is dimmed and aria-busy meanwhile), so typing and stepping through months never wait for them.
  const { shown: shownView, stale } = useDeferredView(view);
  const shownFilters = useDeferredValue(filters);

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
      stale={stale}
    >
      {shownView && (
        <BorderBody
          view={shownView}
          selectedPlaceId={selectedPlaceId}
          selectedProjectId={selectedProjectId}
          activeRegions={shownFilters.regions}
          crossingSelected={crossingSelected}
          projectSelected={projectSelected}
          regionToggled={regionToggled}
        />
      )}
    </PanelFrame>
  );
}
