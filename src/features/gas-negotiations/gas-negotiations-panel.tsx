import { useMemo } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { formatPartialDate } from '@/lib/months';
import { useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectGasView } from './gas-selectors';

const DATASETS = ['gas-routes', 'gas-flows', 'gas-events', 'gas-prices', 'gas-suppliers', 'sources'] as const;

export function GasNegotiationsPanel() {
  const events = useDataset('gas-events');
  const flows = useDataset('gas-flows');
  const sources = useDataset('sources');
  const filters = useFilters();
  const view = useMemo(() => (events && flows ? selectGasView(events.records, flows.records, filters) : null), [events, flows, filters]);

  return (
    <PanelFrame
      id="gas"
      title={PANEL_TITLES.gas}
      datasets={DATASETS}
      summary={view?.summary ?? ''}
      emptyReason={view?.emptyReason}
      sourceLine={sourceLine(view?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
    >
      <ol className="event-list">
        {view?.events.map((e) => (
          <li key={e.id}>
            <strong>{formatPartialDate(e.date)}</strong> {e.title}
          </li>
        ))}
      </ol>
    </PanelFrame>
  );
}
