import { useMemo } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { formatPartialDate } from '@/lib/months';
import { useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { selectPaymentView } from './payment-selectors';

const DATASETS = ['trade-monthly', 'trade-annual', 'payment-events', 'yuan-share', 'sources'] as const;

export function PaymentTimelinePanel() {
  const months = useDataset('trade-monthly');
  const events = useDataset('payment-events');
  const sources = useDataset('sources');
  const filters = useFilters();
  const view = useMemo(() => (months && events ? selectPaymentView(months.records, events.records, filters) : null), [months, events, filters]);

  return (
    <PanelFrame
      id="payments"
      title={PANEL_TITLES.payments}
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
