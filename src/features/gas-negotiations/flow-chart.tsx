import { GasCapacityChart } from './gas-capacity-chart';
import { GasFlowsChart } from './gas-flows-chart';
import type { CapacityLine, FlowRow } from './flow-selectors';
import type { AxisAnnotation } from './flow-table';

export interface FlowChartProps {
  rows: FlowRow[];
  capacityLines: CapacityLine[];
  combinedCapacity: number | null;
  annotations: AxisAnnotation[];
}

/**
 * What the one overloaded chart mixed, as two published charts: the flows to Europe and to China by year
 * (gas-flows), and the pipeline capacities to China (gas-capacity), each with direct labels and its own export.
 */
export function FlowChart({ rows, capacityLines, combinedCapacity, annotations }: FlowChartProps) {
  return (
    <>
      <GasFlowsChart rows={rows} annotations={annotations} />
      {capacityLines.length > 0 && <GasCapacityChart lines={capacityLines} combined={combinedCapacity} />}
    </>
  );
}
