import type { SeriesKey } from './series-styles';
import type { MonthPoint } from './trade-series';

/** A mark on a trade line: a derived or approximate month, or a reported month the line alone cannot show. */
export interface TradeDotMark {
  month: string;
  series: SeriesKey;
  value: number;
  /** Derived or approximate: a hollow diamond, so an estimate never looks like a reported figure. */
  flagged: boolean;
}

/**
 * The marks of the trade lines in the window (axis indexes start..end). A reported month is marked only where it has
 * no reported neighbour in the window on either side (a line needs two points); elsewhere the line carries it.
 * Months without a figure get nothing.
 */
export function tradeDotMarks(
  axis: readonly MonthPoint[],
  window: { start: number; end: number },
  series: readonly SeriesKey[],
): TradeDotMark[] {
  const marks: TradeDotMark[] = [];
  const reported = (i: number, key: SeriesKey) =>
    i >= window.start && i <= window.end && (axis[i]?.[key] ?? null) !== null;
  for (const key of series) {
    for (let i = Math.max(0, window.start); i <= Math.min(window.end, axis.length - 1); i += 1) {
      const point = axis[i];
      const value = point?.[key] ?? null;
      if (!point || value === null) continue;
      if (point.flagged || !(reported(i - 1, key) || reported(i + 1, key))) {
        marks.push({ month: point.month, series: key, value, flagged: point.flagged });
      }
    }
  }
  return marks;
}
