import './border-map.css';
import { memo, useMemo } from 'react';
import { useValueAfterPaint } from '@/lib/use-after-paint';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import {
  useDashboardActions,
  useDataset,
  useFilters,
  useSelectedCrossingId,
  useSelectedProjectId,
} from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { selectBorderFrame, selectBorderView } from './border-selectors';

const DATASETS = ['places', 'projects', 'regions', 'aggregates', 'sources'] as const;

// The body (and the map within it) loads after the first paint; the summary needs only the selectors.
// memo: while a filter change is pending the body gets the same (deferred) props and is skipped, see below.
const BorderBody = lazyWithPreload(() => import('./border-body').then((m) => ({ default: memo(m.BorderBody) })));

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

  // The frame's text follows a filter change at once; the map and the list are computed and drawn from a deferred
  // copy of the filters, in a render React can interrupt (the body is dimmed and aria-busy meanwhile), so typing and
  // stepping through months never wait for them.
  const shownFilters = useValueAfterPaint(filters);
  const frame = useMemo(
    () => (places ? selectBorderFrame({ places: places.records, projects: projects?.records }, filters) : null),
    [places, projects, filters],
  );
  const shownView = useMemo(
    () =>
      places
        ? selectBorderView(
            {
              places: places.records,
              projects: projects?.records,
              sources: sources?.records,
              regions: regions?.records,
              aggregates: aggregates?.records,
              selectedProjectId,
            },
            shownFilters,
          )
        : null,
    [places, projects, sources, regions, aggregates, selectedProjectId, shownFilters],
  );

  return (
    <PanelFrame
      id="border"
      title={PANEL_TITLES.border}
      datasets={DATASETS}
      summary={frame?.summary ?? ''}
      emptyReason={frame?.emptyReason}
      sourceLine={sourceLine(frame?.sourceIds ?? [], sources?.records)}
      table={shownView?.table ?? null}
      hasSvg={false}
      stale={shownFilters !== filters}
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
