// The key of a published chart whose legend is drawn on the page, outside its SVG (the trade chart's lines, marks
// and event icons): set under the subtitle as rows of swatch + label. Pure, so it is tested without a browser.
import { textWidth } from '@/components/export/svg-text';
import type { TextLine } from './published-layout';

/** One key entry: a swatch (a small SVG of the page's legend, CSS px) and its label. */
export interface LegendEntry {
  text: string;
  swatch: { width: number; height: number };
}

/** Where a key entry's swatch goes (its label is one of the layout's text lines). */
export interface SwatchBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SWATCH_LEAST_SCALE = 1.15;

/**
 * The key as a flowing block from `top`: swatch then label, entries side by side and wrapped to `inner` (a label
 * never breaks; an entry wider than the line gets a line of its own). Returns its text lines, swatches and height.
 */
export function layoutLegend(entries: readonly LegendEntry[], x0: number, top: number, inner: number, size: number) {
  const gap = Math.round(size * 1.1);
  // Swatches are drawn for 12-px text and grow with the type, but never below 1.15: a marker swatch's smallest letter
  // ("St") is 8 px, and no text of an export is under 9 px (1.15, not 9/8: the frame rounds).
  const k = Math.max(size / 12, SWATCH_LEAST_SCALE);
  // First the rows (entries side by side, wrapped), then each row as high as its tallest swatch needs.
  const rows: { entry: LegendEntry; w: number; h: number; x: number }[][] = [[]];
  let x = x0;
  for (const entry of entries) {
    const [w, h] = [entry.swatch.width * k, entry.swatch.height * k];
    const width = w + size * 0.4 + textWidth(entry.text, size);
    if (x > x0 && x + width > x0 + inner) {
      rows.push([]);
      x = x0;
    }
    rows[rows.length - 1]?.push({ entry, w, h, x });
    x += width + gap;
  }
  const lines: TextLine[] = [];
  const swatches: SwatchBox[] = [];
  let y = top;
  for (const row of rows) {
    if (!row.length) continue;
    const height = Math.ceil(Math.max(size * 1.6, ...row.map((r) => r.h + 2)));
    const middle = y + height / 2;
    for (const { entry, w, h, x: left } of row) {
      swatches.push({ x: left, y: middle - h / 2, width: w, height: h });
      lines.push({
        text: entry.text,
        x: left + w + size * 0.4,
        y: middle + size * 0.35,
        size,
        weight: 400,
        muted: false,
      });
    }
    y += height;
  }
  return { lines, swatches, height: y - top };
}
