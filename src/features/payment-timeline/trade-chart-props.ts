import type { ComponentProps } from 'react';
import type { ChartLegend } from './chart-legend';
import { countByCategory } from './payment-events';
import type { PaymentView } from './payment-selectors';
import type { TradeChart } from './trade-chart';

type ChartData = Omit<ComponentProps<typeof TradeChart>, 'selectedEventId' | 'onEventSelect' | 'onBrushChange'>;

/**
 * What the trade chart and its legend draw from the panel's view: the one mapping, for the card and the slide (the
 * series a legend lists are the lines drawn). `chart` is null when no month of the axis is in the window.
 */
export function tradeChartProps(view: PaymentView): {
  legend: ComponentProps<typeof ChartLegend>;
  chart: ChartData | null;
} {
  const series = (['total', 'exports', 'imports'] as const).filter(
    (k) => k === 'total' || (k === 'exports' ? view.hasExports : view.hasImports),
  );
  const { axis, window, combined, placed, annotations, hasExports, hasImports } = view;
  return {
    legend: {
      series,
      counts: countByCategory(view.events),
      hasAnnotations: annotations.length > 0,
      hasCombined: combined.length > 0,
    },
    chart: window ? { axis, window, combined, placed, annotations, hasExports, hasImports } : null,
  };
}
