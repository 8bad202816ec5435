import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useValueAfterPaint } from '@/lib/use-after-paint';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import type { DatasetRecord } from '@/data/schemas/registry';
import { useDashboardActions, useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { selectPaymentFrame, selectPaymentView } from './payment-selectors';
import { windowFromIndices } from './trade-series';
import './payment-timeline.css';

// The chart (and recharts with it) loads with the body, after the first paint; the summary needs only the selectors.
const PaymentBody = lazyWithPreload(() => import('./payment-body').then((m) => ({ default: m.PaymentBody })));
const NO_SOURCES: readonly DatasetRecord<'sources'>[] = [];

const DATASETS = [
  'trade-monthly',
  'trade-annual',
  'trade-periods',
  'payment-events',
  'yuan-share',
  'events',
  'sources',
] as const;

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

  // The frame's text and the window sliders answer a filter change at once; the chart, lists and tables draw from
  // deferred filters (a render React can interrupt; the frame dims them meanwhile), as in the other panels.
  const chartFilters = useValueAfterPaint(filters);
  const input = useMemo(
    () =>
      months && annual && periods && events && yuan && keyEvents
        ? {
            months: months.records,
            annual: annual.records,
            periods: periods.records,
            events: events.records,
            yuan: yuan.records,
            keyEvents: keyEvents.records,
          }
        : null,
    [months, annual, periods, events, yuan, keyEvents],
  );
  const frame = useMemo(() => (input ? selectPaymentFrame(input, filters) : null), [input, filters]);
  const view = useMemo(() => (input ? selectPaymentView(input, chartFilters) : null), [input, chartFilters]);
  // One callback for the life of the panel (the chart is memoised and must not redraw because this changed); it reads
  // the latest window when called, so held-down arrow keys and a brush drag each step from where the last one left.
  const latest = useRef({ axisMonths: [] as string[], filters });
  const axisMonths = useMemo(() => frame?.axis.map((p) => p.month) ?? [], [frame]);
  useLayoutEffect(() => {
    latest.current = { axisMonths, filters };
  });
  const onWindowChange = useCallback(
    (start: number, end: number) => {
      const { axisMonths: months, filters: current } = latest.current;
      const next = windowFromIndices(months, start, end, current);
      if (next && (next.from !== current.from || next.to !== current.to)) timeWindowChanged(next.from, next.to);
    },
    [timeWindowChanged],
  );

  return (
    <PanelFrame
      id="payments"
      title={PANEL_TITLES.payments}
      datasets={DATASETS}
      summary={frame?.summary ?? ''}
      emptyReason={frame?.emptyReason}
      sourceLine={sourceLine(frame?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
      stale={chartFilters !== filters}
    >
      {view && frame && (
        <PaymentBody
          view={view}
          latest={frame}
          sources={sources?.records ?? NO_SOURCES}
          onWindowChange={onWindowChange}
        />
      )}
    </PanelFrame>
  );
}
