import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useDashboardActions, useFilters } from '@/store/hooks';
import type { PaymentFrame } from './payment-selectors';
import { windowFromIndices } from './trade-series';

/**
 * The window sliders' and the brush's callback: one for the life of the panel (the chart is memoised and must not
 * redraw because this changed); it reads the latest window when called, so held-down arrow keys and a brush drag
 * each step from where the last one left.
 */
export function useWindowChange(frame: PaymentFrame | null): (start: number, end: number) => void {
  const filters = useFilters();
  const { timeWindowChanged } = useDashboardActions();
  const latest = useRef({ axisMonths: [] as string[], filters });
  const axisMonths = useMemo(() => frame?.axis.map((p) => p.month) ?? [], [frame]);
  useLayoutEffect(() => {
    latest.current = { axisMonths, filters };
  });
  return useCallback(
    (start: number, end: number) => {
      const { axisMonths: months, filters: current } = latest.current;
      const next = windowFromIndices(months, start, end, current);
      if (next && (next.from !== current.from || next.to !== current.to)) timeWindowChanged(next.from, next.to);
    },
    [timeWindowChanged],
  );
}
