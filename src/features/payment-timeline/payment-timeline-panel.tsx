import { useCallback, useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { useDashboardActions, useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { ChartLegend } from './chart-legend';
import { EventList } from './event-list';
import { KeyEventList } from './key-event-list';
import { countByCategory, eventItemId } from './payment-events';
import { selectPaymentView } from './payment-selectors';
import { TradeChart } from './trade-chart';
import { windowFromIndices } from './trade-series';
import { WindowRangeControl } from './window-range-control';
import './payment-timeline.css';

const DATASETS = ['trade-monthly', 'trade-annual', 'trade-periods', 'payment-events', 'yuan-share', 'events', 'sources'] as const;

export function PaymentTimelinePanel() {
  const months = useDataset('trade-monthly');
  const annual = useDataset('trade-annual');
  const periods = useDataset('trade-periods');
  const events = useDataset('payment-events');
  const yuan = useDataset('yuan-share');
  const keyEvents = useDataset('events');
  const sources = useDataset('sources');
  const filters = useFilters();
  const { timeWindowChanged } = useDashboardActions();
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);

  const view = useMemo(
    () =>
      months && annual && periods && events && yuan && keyEvents
        ? selectPaymentView(
            { months: months.records, annual: annual.records, periods: periods.records, events: events.records, yuan: yuan.records, keyEvents: keyEvents.records },
            filters,
          )
        : null,
    [months, annual, periods, events, yuan, keyEvents, filters],
  );
  const counts = useMemo(() => countByCategory(view?.events ?? []), [view]);
  const series = useMemo(() => (['total', 'exports', 'imports'] as const).filter((k) => k === 'total' || (k === 'exports' ? view?.hasExports : view?.hasImports)), [view]);

  const axisMonths = useMemo(() => view?.axis.map((p) => p.month) ?? [], [view]);
  const onWindowChange = useCallback(
    (start: number, end: number) => {
      const next = windowFromIndices(axisMonths, start, end, filters);
      if (next && (next.from !== filters.from || next.to !== filters.to)) timeWindowChanged(next.from, next.to);
    },
    [axisMonths, filters, timeWindowChanged],
  );
  const onEventSelect = useCallback((id: string) => setSelectedEventId((current) => (current === id ? null : id)), []);
  // A marker click opens the event in the list; bring that entry into view (the list scrolls on its own).
  const onMarkerSelect = useCallback((id: string) => {
    setSelectedEventId(id);
    requestAnimationFrame(() => document.getElementById(eventItemId(id))?.scrollIntoView?.({ block: 'nearest' }));
  }, []);

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
      {view && (
        <div className="payments">
          <p className="muted">The time window applies to everything here and Search to the payment events; the Sector, Region and Status filters do not (trade and payment records carry none of them).</p>
          <ChartLegend series={series} counts={counts} hasAnnotations={view.annotations.length > 0} />
          {view.window ? (
            <>
              <TradeChart
                axis={view.axis}
                window={view.window}
                placed={view.placed}
                annotations={view.annotations}
                hasExports={view.hasExports}
                hasImports={view.hasImports}
                selectedEventId={selectedEventId}
                onEventSelect={onMarkerSelect}
                onBrushChange={onWindowChange}
              />
              <WindowRangeControl axis={view.axis} window={view.window} onChange={onWindowChange} />
              <KeyEventList annotations={view.annotations} sources={sources?.records ?? []} />
            </>
          ) : (
            <p className="payments__no-axis">
              No monthly trade figures in this window: they cover {view.axis[0]?.label ?? '—'} to {view.axis[view.axis.length - 1]?.label ?? '—'}.
            </p>
          )}
          <div className="payments__columns">
            <EventList placed={view.placed} sources={sources?.records ?? []} selectedId={selectedEventId} onSelect={onEventSelect} />
            <div className="payments__context">
              <h3>Context</h3>
              <DataTable model={view.yuanTable} />
              <DataTable model={view.annualTable} />
              <details>
                <summary>Cumulative periods (not single months)</summary>
                <DataTable model={view.periodsTable} />
              </details>
            </div>
          </div>
        </div>
      )}
    </PanelFrame>
  );
}
