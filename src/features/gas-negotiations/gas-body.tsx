import { AlternativesSection } from './alternatives-section';
import { FlowsSection } from './flows-section';
import type { GasView } from './gas-selectors';
import { NegotiationTimeline } from './negotiation-timeline';
import { PriceSection } from './price-section';
import { RouteSchematic } from './route-schematic';

/** The panel's sections; loaded on demand (see the panel), so it holds every recharts import of the panel. */
export function GasBody({ view }: { view: GasView }) {
  return (
    <div className="gas-panel">
      <p className="gas-note">
        The time window and Search apply here; the Sector, Region and Status filters do not (gas records carry none of
        them).
      </p>
      <FlowsSection flows={view.flows} />
      <div className="gas-section">
        <h3>Routes to China</h3>
        <RouteSchematic pipelines={view.schematic.pipelines} lng={view.schematic.lng} />
      </div>
      <div className="gas-section">
        <h3>Negotiation timeline</h3>
        <NegotiationTimeline items={view.timeline} />
      </div>
      <AlternativesSection suppliers={view.suppliers} />
      <PriceSection prices={view.prices} />
    </div>
  );
}
