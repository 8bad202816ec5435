import { CardSlot } from '@/components/panel-frame/card-slots';
import { AlternativesSection } from './alternatives-section';
import { FlowsSection } from './flows-section';
import type { GasView } from './gas-selectors';
import { NegotiationTimeline } from './negotiation-timeline';
import { PriceSection } from './price-section';
import { RouteSchematic } from './route-schematic';

/** The hero (capacity and flows), then the card's other tabs; loaded on demand, with every recharts import. */
export function GasBody({ view }: { view: GasView }) {
  return (
    <div className="gas-panel">
      <FlowsSection flows={view.flows} />
      <CardSlot name="more">
        <GasMore view={view} />
      </CardSlot>
    </div>
  );
}

/** The More tab: reads the view's lazy fields (see selectGasView) only when CardSlot draws it, i.e. while it is open. */
function GasMore({ view }: { view: GasView }) {
  return (
    <div className="gas-panel">
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
