import { CollapsedTable } from '@/components/data-table/collapsed-table';
import type { GasView } from './gas-selectors';
import { PriceChart } from './price-chart';
import { WhatIfCalculator } from './what-if-calculator';

/** The sourced price gap, then the user's what-if beside it (the what-if ignores the window: it is the user's scenario). */
export function PriceSection({ prices: { rows, table, whatIf } }: { prices: GasView['prices'] }) {
  return (
    <div className="gas-section">
      <h3>Price gap: Russian export prices, China vs Europe + Turkey (US$ per 1,000 m³)</h3>
      <p className="gas-note">
        Average prices from Russian Economy Ministry forecasts and estimates; vintages disagree and are kept apart. No
        Power of Siberia 2 price has been agreed or published.
      </p>
      {rows.length === 0 ? (
        <p className="gas-note">No sourced prices in the time window.</p>
      ) : (
        <PriceChart rows={rows} />
      )}
      <CollapsedTable className="gas-details" label="Export price table" model={table} />
      <WhatIfCalculator defaults={whatIf} />
    </div>
  );
}
