/** A chart's height in px, fixed or following its width (a chart that wraps its own labels grows as it narrows). */
export type ChartHeight = number | ((width: number) => number);

export const heightAt = (height: ChartHeight, width: number): number =>
  Math.round(typeof height === 'number' ? height : height(width));

/**
 * What draws the chart: 'recharts' (a recharts chart, sized by ResponsiveContainer) or 'svg' (a component that draws
 * its own `<svg data-chart-svg>` at the `width` and `height` props it is given: the status funnel, the route sketch).
 */
export type ChartKind = 'recharts' | 'svg';
