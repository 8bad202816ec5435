import { lazy, memo, useCallback, useMemo, useState } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDeferredView } from '@/lib/use-deferred-view';
import { useDashboardActions, useDataset, useFilters, useSelectedProjectId } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectDetail, selectInvestmentView } from './investment-view';
import { DEFAULT_SORT, type SortKey, type SortState } from './project-rows';
import './investment-tracker.css';

// The charts (and recharts with them) load with the body, after the first paint; the summary needs only the selectors.
// memo: while a filter change is pending the body gets the same (deferred) props and is skipped, see below.
const InvestmentBody = lazy(() => import('./investment-body').then((m) => ({ default: memo(m.InvestmentBody) })));

const DATASETS = ['projects', 'aggregates', 'sectors', 'regions', 'events', 'sources'] as const;

/** Container: reads the store, memoises the view from pure selectors, and turns clicks into store events. */
export function InvestmentTrackerPanel() {
  const projects = useDataset('projects');
  const aggregates = useDataset('aggregates');
  const sectors = useDataset('sectors');
  const regions = useDataset('regions');
  const events = useDataset('events');
  const sources = useDataset('sources');
  const filters = useFilters();
  const selectedId = useSelectedProjectId();
  const actions = useDashboardActions();
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);

  const view = useMemo(() => {
    if (!projects || !aggregates || !sectors || !regions || !events || !sources) return null;
    const input = {
      projects: projects.records,
      aggregates: aggregates.records,
      sectors: sectors.records,
      regions: regions.records,
      events: events.records,
      sources: sources.records,
    };
    return selectInvestmentView(input, filters, sort);
  }, [projects, aggregates, sectors, regions, events, sources, filters, sort]);
  // The summary follows a filter change at once; the charts and the table redraw just after, in a render React can
  // interrupt (the body is dimmed and aria-busy meanwhile), so typing and stepping through months never wait for them.
  const { shown: shownView, stale } = useDeferredView(view);
  const detail = useMemo(() => (shownView && projects ? selectDetail(shownView, projects.records, selectedId) : null), [shownView, projects, selectedId]);

  const onSort = useCallback(
    (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' })),
    [],
  );
  const { projectSelected, sectorToggled, regionToggled, statusToggled } = actions;

  return (
    <PanelFrame
      id="investment"
      title={PANEL_TITLES.investment}
      datasets={DATASETS}
      summary={view?.summary ?? ''}
      emptyReason={view?.emptyReason}
      sourceLine={sourceLine(view?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
      stale={stale}
    >
      {shownView && (
        <InvestmentBody
          view={shownView}
          sort={sort}
          selectedId={selectedId}
          detail={detail}
          onSort={onSort}
          onSelect={projectSelected}
          onSector={sectorToggled}
          onRegion={regionToggled}
          onStatus={statusToggled}
        />
      )}
    </PanelFrame>
  );
}
