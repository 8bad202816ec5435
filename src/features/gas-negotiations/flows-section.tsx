import { useMemo } from 'react';
import { CollapsedTable } from '@/components/data-table/collapsed-table';
import type { Annotation } from '@/store/annotations';
import type { Filters } from '@/store/view-state';
import { FlowChart } from './flow-chart';
import {
  combinedCapacity,
  selectCapacityLines,
  selectFlowNotes,
  selectFlowRows,
  type GasFlow,
  type GasRoute,
} from './flow-selectors';
import { axisAnnotations, flowTable } from './flow-table';
import { ROUTE_IDS } from './route-ids';

interface Props {
  flows: readonly GasFlow[];
  routes: readonly GasRoute[];
  annotations: readonly Annotation[];
  filters: Filters;
}

/** Capacity and flows: can Power of Siberia 2 "replace half of Europe"? Judged by eye against the sourced figures. */
export function FlowsSection({ flows, routes, annotations, filters }: Props) {
  const rows = useMemo(() => selectFlowRows(flows, filters), [flows, filters]);
  const lines = useMemo(() => selectCapacityLines(routes, filters), [routes, filters]);
  const notes = useMemo(() => selectFlowNotes(flows, filters), [flows, filters]);
  const axis = useMemo(() => axisAnnotations(annotations, rows), [annotations, rows]);
  const table = useMemo(() => flowTable(flows, routes, filters), [flows, routes, filters]);
  const claim = routes.find((r) => r.id === ROUTE_IDS.pos2)?.articleClaim;
  return (
    <div className="gas-section">
      <h3>Capacity and flows (bcm)</h3>
      {rows.length === 0 ? (
        <p className="gas-note">No flow years in the time window.</p>
      ) : (
        <FlowChart rows={rows} capacityLines={lines} combinedCapacity={combinedCapacity(lines)} annotations={axis} />
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
      {axis.length > 0 && (
        <ul className="gas-note" aria-label="Key events on the flow chart">
          {axis.map((a) => (
            <li key={a.category}>
              {a.letter} ({a.category}): {a.labels.join('; ')}
            </li>
          ))}
        </ul>
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
