import type { Annotation } from '@/store/annotations';
import type { Filters } from '@/store/view-state';
import { AlternativesSection } from './alternatives-section';
import { FlowsSection } from './flows-section';
import type { GasData, GasView } from './gas-selectors';
import { NegotiationTimeline } from './negotiation-timeline';
import { PriceSection } from './price-section';
import { RouteSchematic } from './route-schematic';
import type { selectSchematic } from './route-selectors';

export interface GasBodyProps {
  data: GasData;
  view: GasView;
  schematic: ReturnType<typeof selectSchematic>;
  annotations: readonly Annotation[];
  filters: Filters;
}

/** The panel's sections; loaded on demand (see the panel), so it holds every recharts import of the panel. */
export function GasBody({ data, view, schematic, annotations, filters }: GasBodyProps) {
  return (
    <div className="gas-panel">
      <p className="gas-note">
        The time window and Search apply here; the Sector, Region and Status filters do not (gas records carry none of
        them).
      </p>
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
  );
}
