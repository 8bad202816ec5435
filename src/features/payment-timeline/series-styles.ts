import { OKABE_ITO } from '@/lib/colors';

/**
 * Each trade series has a colour and a dash pattern (so the lines differ without colour). The total uses the text
 * colour, so it reads in both themes.
 */
export const SERIES = {
  total: { label: 'Total', color: 'currentColor', dash: undefined, width: 2.5 },
  exports: { label: 'China exports to Russia', color: OKABE_ITO.orange, dash: '7 3', width: 2 },
  imports: { label: 'China imports from Russia', color: OKABE_ITO.bluishGreen, dash: '2 3', width: 2 },
} as const;

export type SeriesKey = keyof typeof SERIES;

/** Event markers stack above the plot, one row per event of the same month, so they never cover the trade lines. */
export const MARKER_R = 8;
export const MARKER_STEP = 19;

export function markerBand(maxStack: number): number {
  return (maxStack + 1) * MARKER_STEP + 6;
}
