import { useMemo } from 'react';
import { PanelFrame } from '@/components/panel-frame/panel-frame';
import { selectAnnotations } from '@/store/annotations';
import { useDataset, useFilters } from '@/store/hooks';
import { sourceLine } from '@/store/source-line';
import { PANEL_TITLES } from '@/store/view-state';
import { AlternativesSection } from './alternatives-section';
import { FlowsSection } from './flows-section';
import { selectGasView } from './gas-selectors';
import { NegotiationTimeline } from './negotiation-timeline';
import { PriceSection } from './price-section';
import { RouteSchematic } from './route-schematic';
import { selectSchematic } from './route-selectors';
import './gas-negotiations.css';

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
        ? { events: events.records, flows: flows.records, routes: routes.records, prices: prices.records, suppliers: suppliers.records, sources: sources.records }
        : null,
    [events, flows, routes, prices, suppliers, sources],
  );
  const view = useMemo(() => (data ? selectGasView(data, filters) : null), [data, filters]);
  const annotations = useMemo(() => (keyEvents ? selectAnnotations(keyEvents.records, filters) : []), [keyEvents, filters]);
  const schematic = useMemo(() => (routes ? selectSchematic(routes.records) : null), [routes]);

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
      {data && view && schematic && (
        <div className="gas-panel">
          <p className="gas-note">The time window and Search apply here; the Sector, Region and Status filters do not (gas records carry none of them).</p>
          <FlowsSection flows={data.flows} routes={data.routes} annotations={annotations} filters={filters} />
          <div className="gas-section">
            <h3>Routes to China</h3>
            <RouteSchematic pipelines={schematic.pipelines} lng={schematic.lng} />
          </div>
          <div className="gas-section">
            <h3>Negotiation timeline</h3>
            <NegotiationTimeline items={view.timeline} />
          </div>
          <AlternativesSection suppliers={data.suppliers} filters={filters} />
          <PriceSection prices={data.prices} routes={data.routes} filters={filters} />
        </div>
      )}
    </PanelFrame>
  );
}
