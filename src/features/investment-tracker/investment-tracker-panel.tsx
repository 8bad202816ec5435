import { useCallback, useMemo, useState } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDashboardActions, useDataset, useFilters, useSelectedProjectId } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { InvestmentBody } from './investment-body';
import type { ProjectStatus } from './investment-selectors';
import { selectDetail, selectInvestmentView } from './investment-view';
import { DEFAULT_SORT, type SortKey, type SortState } from './project-rows';
import './investment-tracker.css';

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
  const detail = useMemo(() => (view && projects ? selectDetail(view, projects.records, selectedId) : null), [view, projects, selectedId]);

  const onSort = useCallback(
    (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' })),
    [],
  );
  const { projectSelected, sectorToggled, regionToggled, statusesChanged } = actions;
  const onStatus = useCallback(
    (status: ProjectStatus) =>
      statusesChanged(filters.statuses.includes(status) ? filters.statuses.filter((s) => s !== status) : [...filters.statuses, status]),
    [filters.statuses, statusesChanged],
  );

  return (
    <PanelFrame
      id="investment"
      title={PANEL_TITLES.investment}
      datasets={DATASETS}
      summary={view?.summary ?? ''}
      emptyReason={view?.emptyReason}
      sourceLine={sourceLine(view?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
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
          onStatus={onStatus}
        />
      )}
    </PanelFrame>
  );
}
