/**
 * A chart's height in px: fixed, or following its width (a chart that wraps its own labels grows as it narrows). A
 * function may also take `room`, the height a slide's plot has: it then gives the height it is best drawn at there
 * (at most `room` when it can lay itself out in it, so it is drawn at full size; more when it needs more, and the
 * slide shrinks it whole). Without `room` (the screen, a page) it gives the height it wants.
 */
export type ChartHeight = number | ((width: number, room?: number) => number);

export const heightAt = (height: ChartHeight, width: number, room?: number): number =>
  Math.round(typeof height === 'number' ? height : height(width, room));

/**
 * What draws the chart: 'recharts' (a recharts chart, sized by ResponsiveContainer) or 'svg' (a component that draws
 * its own `<svg data-chart-svg>` at the `width` and `height` props it is given: the status funnel, the route sketch).
 */
export type ChartKind = 'recharts' | 'svg';
