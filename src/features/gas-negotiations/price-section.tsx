import { useMemo } from 'react';
import { CollapsedTable } from '@/components/data-table/collapsed-table';
import type { Filters } from '@/store/view-state';
import type { GasRoute } from './flow-selectors';
import { PriceChart } from './price-chart';
import { priceTable, selectPriceRows, type GasPrice } from './price-selectors';
import { WhatIfCalculator } from './what-if-calculator';
import { whatIfDefaults } from './what-if-defaults';

/** The sourced price gap, then the user's what-if beside it (the what-if ignores the window: it is the user's scenario). */
export function PriceSection({
  prices,
  routes,
  filters,
}: {
  prices: readonly GasPrice[];
  routes: readonly GasRoute[];
  filters: Filters;
}) {
  const rows = useMemo(() => selectPriceRows(prices, filters), [prices, filters]);
  const table = useMemo(() => priceTable(prices, filters), [prices, filters]);
  const defaults = useMemo(() => whatIfDefaults(prices, routes), [prices, routes]);
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
      <WhatIfCalculator defaults={defaults} />
    </div>
  );
}
