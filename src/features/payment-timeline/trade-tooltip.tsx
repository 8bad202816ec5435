import type { ReactElement } from 'react';
import { formatUsdBn } from '@/lib/format';
import type { MonthPoint } from './trade-series';

interface TooltipContentProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

const value = (v: number | null): string => (v === null ? '—' : formatUsdBn(v));

/** Shows all three series for the month, "—" where a figure is missing, and says when a month is derived. */
export function TradeTooltip({ active, payload }: TooltipContentProps): ReactElement | null {
  const point = payload?.[0]?.payload as MonthPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="payments__tooltip">
      <p className="payments__tooltip-title">{point.label}</p>
      {point.total === null ? (
        <p>No sourced figure for this month</p>
      ) : (
        <dl>
          <dt>Total</dt>
          <dd>{value(point.total)}</dd>
          <dt>China exports</dt>
          <dd>{value(point.exports)}</dd>
          <dt>China imports</dt>
          <dd>{value(point.imports)}</dd>
        </dl>
      )}
      {point.flagged && (
        <p>
          {point.confidence}: {point.method ?? 'see the data table'}
        </p>
      )}
    </div>
  );
}
