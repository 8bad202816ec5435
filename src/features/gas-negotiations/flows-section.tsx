import { CardSlot } from '@/components/panel-frame/card-slots';
import { CollapsedTable } from '@/components/data-table/collapsed-table';
import { GasCapacityChart } from './gas-capacity-chart';
import { GasFlowsChart } from './gas-flows-chart';
import type { GasView } from './gas-selectors';

/**
 * Capacity and flows: can Power of Siberia 2 "replace half of Europe"? The card's hero is the flows to Europe vs
 * China (gas-flows); the pipeline capacities (gas-capacity) and the table sit in the More tab, the scope notes and
 * the article's claim in the Sources tab.
 */
export function FlowsSection({ flows }: { flows: GasView['flows'] }) {
  // Only the hero's fields are read here: the others are lazy (see selectGasView) and read by the tabs' own
  // components, which CardSlot draws only while their tab is open.
  const { rows, axis } = flows;
  return (
    <div className="gas-section">
      <h3>Capacity and flows (bcm)</h3>
      {rows.length === 0 ? (
        <p className="gas-note">No flow years in the time window.</p>
      ) : (
        <GasFlowsChart rows={rows} annotations={axis} />
      )}
      <CardSlot name="more">
        <FlowsMore flows={flows} />
      </CardSlot>
      <CardSlot name="notes">
        <FlowsNotes flows={flows} />
      </CardSlot>
    </div>
  );
}

function FlowsMore({ flows }: { flows: GasView['flows'] }) {
  const { capacityLines, combinedCapacity, table } = flows;
  return (
    <>
      {capacityLines.length > 0 && <GasCapacityChart lines={capacityLines} combined={combinedCapacity} />}
      <CollapsedTable className="gas-details" label="Flows and capacities table" model={table} />
    </>
  );
}

function FlowsNotes({ flows }: { flows: GasView['flows'] }) {
  const { notes, claim } = flows;
  return (
    <>
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
    </>
  );
}
