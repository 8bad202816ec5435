import type { ReactElement } from 'react';
import { formatUsdBn } from '@/lib/format';
import type { MonthPoint } from './trade-series';

interface TooltipContentProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

const value = (v: number | null): string => (v === null ? '—' : formatUsdBn(v));

function Figures({
  total,
  exports,
  imports,
}: {
  total: number | null;
  exports: number | null;
  imports: number | null;
}) {
  return (
    <dl>
      <dt>Total</dt>
      <dd>{value(total)}</dd>
      <dt>China exports</dt>
      <dd>{value(exports)}</dd>
      <dt>China imports</dt>
      <dd>{value(imports)}</dd>
    </dl>
  );
}

/**
 * Shows all three series for the month, "—" where a figure is missing, and says when a month is derived. A month known
 * only together with others shows its period's figures, named as such (never a share of them).
 */
export function TradeTooltip({ active, payload }: TooltipContentProps): ReactElement | null {
  const point = payload?.[0]?.payload as MonthPoint | undefined;
  if (!active || !point) return null;
  const { period } = point;
  return (
    <div className="payments__tooltip">
      <p className="payments__tooltip-title">{point.label}</p>
      {period ? (
        <>
          <p>
            Known only as {period.label}, {period.months} months together:
          </p>
          <Figures total={period.total} exports={period.exports} imports={period.imports} />
          {period.confidence !== 'confirmed' && (
            <p>
              {period.confidence}: {period.method ?? 'see the data table'}
            </p>
          )}
        </>
      ) : point.total === null ? (
        <p>No sourced figure for this month</p>
      ) : (
        <Figures total={point.total} exports={point.exports} imports={point.imports} />
      )}
      {point.flagged && (
        <p>
          {point.confidence}: {point.method ?? 'see the data table'}
        </p>
      )}
      {[...point.flags, ...(period?.flags ?? [])].includes('aggregator-source') && (
        <p>Rests on an aggregator page (see the sources)</p>
      )}
    </div>
  );
}
