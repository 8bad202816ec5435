import { useMemo } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectInvestmentView } from './investment-selectors';

const DATASETS = ['projects', 'aggregates', 'sectors', 'regions', 'sources'] as const;

export function InvestmentTrackerPanel() {
  const projects = useDataset('projects');
  const sources = useDataset('sources');
  const filters = useFilters();
  const view = useMemo(() => (projects ? selectInvestmentView(projects.records, filters) : null), [projects, filters]);

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
      <ul className="project-list">
        {view?.projects.map((p) => (
          <li key={p.id}>{p.name.en}</li>
        ))}
      </ul>
    </PanelFrame>
  );
}
