import { memo, useMemo } from 'react';
import { useValueAfterPaint } from '@/lib/use-after-paint';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { selectAnnotations } from '@/store/annotations';
import { useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { lazyWithPreload } from '@/lib/lazy-with-preload';
import { selectGasFrame, selectGasView } from './gas-selectors';
import { selectSchematic } from './route-selectors';
import './gas-negotiations.css';

// The charts (and recharts with them) load with the body, after the first paint; the summary needs only the selectors.
// memo: while a filter change is pending the body gets the same (deferred) props and is skipped, see below.
const GasBody = lazyWithPreload(() => import('./gas-body').then((m) => ({ default: memo(m.GasBody) })));

const DATASETS = ['gas-routes', 'gas-flows', 'gas-events', 'gas-prices', 'gas-suppliers', 'events', 'sources'] as const;

export function GasNegotiationsPanel() {
  const events = useDataset('gas-events');
  const flows = useDataset('gas-flows');
  const routes = useDataset('gas-routes');
  const prices = useDataset('gas-prices');
  const suppliers = useDataset('gas-suppliers');
  const keyEvents = useDataset('events');
  const sources = useDataset('sources');
  const filters = useFilters();

  const data = useMemo(
    () =>
      events && flows && routes && prices && suppliers && sources
        ? {
            events: events.records,
            flows: flows.records,
            routes: routes.records,
            prices: prices.records,
            suppliers: suppliers.records,
            sources: sources.records,
          }
        : null,
    [events, flows, routes, prices, suppliers, sources],
  );
  // The frame's text follows a filter change at once; the charts and tables are computed and drawn from a deferred
  // copy of the filters, in a render React can interrupt (the body is dimmed and aria-busy meanwhile), so typing and
  // stepping through months never wait for them.
  const shownFilters = useValueAfterPaint(filters);
  const frame = useMemo(() => (data ? selectGasFrame(data, filters) : null), [data, filters]);
  const view = useMemo(() => (data ? selectGasView(data, shownFilters) : null), [data, shownFilters]);
  const annotations = useMemo(
    () => (keyEvents ? selectAnnotations(keyEvents.records, shownFilters) : []),
    [keyEvents, shownFilters],
  );
  const schematic = useMemo(() => (routes ? selectSchematic(routes.records) : null), [routes]);

  return (
    <PanelFrame
      id="gas"
      title={PANEL_TITLES.gas}
      datasets={DATASETS}
      summary={frame?.summary ?? ''}
      emptyReason={frame?.emptyReason}
      sourceLine={sourceLine(frame?.sourceIds ?? [], sources?.records)}
      table={view?.table ?? null}
      stale={shownFilters !== filters}
    >
      {data && view && schematic && (
        <GasBody data={data} view={view} schematic={schematic} annotations={annotations} filters={shownFilters} />
      )}
    </PanelFrame>
  );
}
