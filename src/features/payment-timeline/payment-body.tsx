import { memo, useCallback, useMemo, useState } from 'react';
import { CollapsedTable } from '@/components/data-table/collapsed-table';
import { DataTable } from '@/components/data-table/data-table';
import { useShowCardSlot } from '@/components/panel-frame/card-slot-context';
import { CardSlot } from '@/components/panel-frame/card-slots';
import type { DatasetRecord } from '@/data/schemas/registry';
import { ChartLegend as ChartLegendNow } from './chart-legend';
import { EventList as EventListNow } from './event-list';
import { KeyEventList as KeyEventListNow } from './key-event-list';
import { eventItemId } from './payment-events';
import type { PaymentFrame, PaymentView } from './payment-selectors';
import { TradeChart as TradeChartNow } from './trade-chart';
import { tradeChartProps } from './trade-chart-props';
import { WindowRangeControl } from './window-range-control';

// Memoised, and fed the deferred view: on a filter change they keep their props (and are skipped) until React draws
// them in the deferred render, so the summary and the window sliders answer at once (only the sliders follow the
// latest view in the urgent render).
const TradeChart = memo(TradeChartNow);
const EventList = memo(EventListNow);
const ChartLegend = memo(ChartLegendNow);
const KeyEventList = memo(KeyEventListNow);
const ContextTables = memo(function ContextTables({ view }: { view: PaymentView }) {
  return (
    <div className="payments__context">
      <h3>Context</h3>
      <DataTable model={view.yuanTable} />
      <DataTable model={view.annualTable} />
      <CollapsedTable label="Periods of several months (year to date, combined)" model={view.periodsTable} />
    </div>
  );
});

export interface PaymentBodyProps {
  /** What the chart and the lists draw: the panel's deferred view. */
  view: PaymentView;
  /** The window for the current filters: the sliders follow it, so every key press steps from the last. */
  latest: Pick<PaymentFrame, 'axis' | 'window'>;
  sources: readonly DatasetRecord<'sources'>[];
  onWindowChange: (start: number, end: number) => void;
}

/** The chart, the window control and the event list; loaded on demand (see the panel), with every recharts import. */
export function PaymentBody({ view, latest, sources, onWindowChange }: PaymentBodyProps) {
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const trade = useMemo(() => tradeChartProps(view), [view]);
  const onEventSelect = useCallback((id: string) => setSelectedEventId((current) => (current === id ? null : id)), []);
  // A marker click opens the event in the list; bring that entry into view (the list scrolls on its own).
  const showEvents = useShowCardSlot();
  const onMarkerSelect = useCallback(
    (id: string) => {
      setSelectedEventId(id);
      showEvents('more');
      requestAnimationFrame(() => document.getElementById(eventItemId(id))?.scrollIntoView?.({ block: 'nearest' }));
    },
    [showEvents],
  );

  // One element per legend: a new one each render would draw the memoised chart again.
  const legend = useMemo(() => <ChartLegend {...trade.legend} />, [trade.legend]);
  return (
    <div className="payments">
      {!trade.chart && legend}
      {trade.chart ? (
        <>
          <TradeChart
            {...trade.chart}
            legend={legend}
            selectedEventId={selectedEventId}
            onEventSelect={onMarkerSelect}
            onBrushChange={onWindowChange}
          />
          {latest.window && <WindowRangeControl axis={latest.axis} window={latest.window} onChange={onWindowChange} />}
        </>
      ) : (
        <p className="payments__no-axis">
          No monthly trade figures in this window: they cover {view.axis[0]?.label ?? '—'} to{' '}
          {view.axis[view.axis.length - 1]?.label ?? '—'}.
        </p>
      )}
      <CardSlot name="more">
        <div className="payments">
          {view.window && <KeyEventList annotations={view.annotations} sources={sources} />}
          <div className="payments__columns">
            <EventList placed={view.placed} sources={sources} selectedId={selectedEventId} onSelect={onEventSelect} />
            <ContextTables view={view} />
          </div>
        </div>
      </CardSlot>
    </div>
  );
}
