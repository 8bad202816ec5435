import { CollapsedTable } from '@/components/data-table/collapsed-table';
import { FlowChart } from './flow-chart';
import type { GasView } from './gas-selectors';

/** Capacity and flows: can Power of Siberia 2 "replace half of Europe"? Judged by eye against the sourced figures. */
export function FlowsSection({ flows }: { flows: GasView['flows'] }) {
  const { rows, capacityLines, combinedCapacity, notes, axis, claim, table } = flows;
  return (
    <div className="gas-section">
      <h3>Capacity and flows (bcm)</h3>
      {rows.length === 0 ? (
        <p className="gas-note">No flow years in the time window.</p>
      ) : (
        <FlowChart rows={rows} capacityLines={capacityLines} combinedCapacity={combinedCapacity} annotations={axis} />
      )}
      {notes.length > 0 && (
        <div className="gas-note">
          <p>Russia → Europe figures differ in scope and precision:</p>
          <ul aria-label="Scope notes for the Europe figures">
            {notes.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </div>
      )}
      {claim && (
        <p className="gas-note gas-claim">
          <strong>The claim:</strong> {claim.wording} <strong>Check:</strong> {claim.correction}
        </p>
      )}
      <CollapsedTable className="gas-details" label="Flows and capacities table" model={table} />
    </div>
  );
}
