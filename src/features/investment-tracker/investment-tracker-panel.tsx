import { memo, useCallback, useMemo, useState } from 'react';
import { useValueAfterPaint } from '@/lib/use-after-paint';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDashboardActions, useDataset, useFilters, useSelectedProjectId } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { selectDetail, selectInvestmentFrame, selectInvestmentView } from './investment-view';
import { DEFAULT_SORT, type SortKey, type SortState } from './project-rows';
import './investment-tracker.css';

// The charts (and recharts with them) load with the body, after the first paint; the summary needs only the selectors.
// memo: while a filter change is pending the body gets the same (deferred) props and is skipped, see below.
const InvestmentBody = lazyWithPreload(() =>
  import('./investment-body').then((m) => ({ default: memo(m.InvestmentBody) })),
);

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

  // The frame's text follows a filter change at once; the charts and the table are computed and drawn from a
  // deferred copy of the filters, in a render React can interrupt (the body is dimmed and aria-busy meanwhile), so
  // typing and stepping through months never wait for them.
  const chartFilters = useValueAfterPaint(filters);
  const frame = useMemo(
    () =>
      projects && aggregates && sources
        ? selectInvestmentFrame(
            { projects: projects.records, aggregates: aggregates.records, sources: sources.records },
            filters,
          )
        : null,
    [projects, aggregates, sources, filters],
  );
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
    return selectInvestmentView(input, chartFilters, sort);
  }, [projects, aggregates, sectors, regions, events, sources, chartFilters, sort]);
  const detail = useMemo(
    () => (view && projects ? selectDetail(view, projects.records, selectedId) : null),
    [view, projects, selectedId],
  );

  const onSort = useCallback(
    (key: SortKey) =>
      setSort((s) =>
        s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' },
      ),
    [],
  );
  const { projectSelected, sectorToggled, regionToggled, statusToggled, statusesChanged, dealTypeToggled } = actions;

  return (
    <PanelFrame
      id="investment"
      title={PANEL_TITLES.investment}
      datasets={DATASETS}
      summary={frame?.summary ?? ''}
      emptyReason={frame?.emptyReason}
      sourceLine={sourceLine(frame?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
      stale={chartFilters !== filters}
    >
      {view && (
        <InvestmentBody
          view={view}
          sort={sort}
          selectedId={selectedId}
          detail={detail}
          onSort={onSort}
          onSelect={projectSelected}
          onSector={sectorToggled}
          onRegion={regionToggled}
          onStatus={statusToggled}
          onStatuses={statusesChanged}
          onDealType={dealTypeToggled}
        />
      )}
    </PanelFrame>
  );
}
