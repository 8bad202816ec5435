import { useId, useMemo, useState } from 'react';
import { CollapsedTable } from '@/components/data-table/collapsed-table';
import { formatNumber } from '@/lib/format';
import type { GasView } from './gas-selectors';
import { SupplierChart } from './supplier-chart';
import { METRICS, metricLabel, selectSupplierBars, supplierChoices } from './supplier-selectors';

/** China's alternatives: the measure and year are local choices (not shared filters); the window limits the years. */
export function AlternativesSection({ suppliers: { inWindow, table } }: { suppliers: GasView['suppliers'] }) {
  const [want, setWant] = useState<{ metric?: string; period?: string }>({});
  const ids = { metric: useId(), period: useId() };
  const choices = useMemo(() => supplierChoices(inWindow, want), [inWindow, want]);
  const bars = useMemo(() => selectSupplierBars(inWindow, choices), [inWindow, choices]);
  const metric = choices.metric;
  return (
    <div className="gas-section">
      <h3>China’s alternatives: gas import sources</h3>
      {metric === null ? (
        <p className="gas-note">No import figures in the time window.</p>
      ) : (
        <>
          <div className="gas-controls">
            <label htmlFor={ids.metric}>Measure</label>
            <select id={ids.metric} value={metric} onChange={(e) => setWant((w) => ({ ...w, metric: e.target.value }))}>
              {choices.metrics.map((m) => (
                <option key={m} value={m}>
                  {metricLabel(m)}
                </option>
              ))}
            </select>
            <label htmlFor={ids.period}>Year</label>
            <select
              id={ids.period}
              value={choices.period ?? ''}
              onChange={(e) => setWant((w) => ({ ...w, period: e.target.value }))}
            >
              {choices.periods.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <p className="gas-note">
            {metricLabel(metric)}, {choices.period}:{' '}
            {bars.map((b) => `${b.label} ${formatNumber(b.value, 3)}`).join('; ')}. Units are never mixed on one axis;
            shares are in the table only (their totals differ).
          </p>
          <SupplierChart bars={bars} unit={METRICS[metric].unit} axisLabel={metricLabel(metric)} />
        </>
      )}
      <CollapsedTable className="gas-details" label="Import sources table" model={table} />
    </div>
  );
}
