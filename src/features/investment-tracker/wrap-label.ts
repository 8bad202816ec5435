/** Category labels of the horizontal bar charts, wrapped onto lines instead of cut off at the label column's edge. */

import { estimateTextWidth } from '@/lib/label-placement';

/** Width of the label column, px; at 12 px text it holds MAX_CHARS characters a line even of wide glyphs (24 clipped "Chemicals and fertilisers"). */
export const LABEL_WIDTH = 172;
export const MAX_CHARS = 22;
export const LINE_HEIGHT = 14;

/** Greedy word wrap: "Transport infrastructure (bridges, rail)" → ["Transport infrastructure", "(bridges, rail)"]. */
export function wrapLabel(label: string, maxChars = MAX_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The row height that fits the longest wrapped label (plus `extraLines` under it) with some air. */
export function rowHeightFor(labels: readonly string[], extraLines = 0, maxChars = MAX_CHARS): number {
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l, maxChars).length)) + extraLines;
  return Math.max(26, lines * LINE_HEIGHT + 12);
}

/**
 * From this width (a slide: 920 or 760 px) each label of a horizontal bar chart is one line beside its bar: eleven
 * rows of two or three lines made a chart about twice the slide's plot height, drawn so and shrunk whole, its type with
 * it (to 6–7 px of the 960-px slide).
 */
export const WIDE_LABELS = 700;

/** The label column on a wide frame: as wide as the longest label, at most 36 % of the width; its wrap and rows. */
export function wideLabelColumn(labels: readonly string[], width: number) {
  const column = Math.min(Math.round(width * 0.36), Math.max(...labels.map((l) => estimateTextWidth(l, 12))) + 12);
  const maxChars = Math.floor((column - 10) / (12 * 0.58));
  return { width: column, maxChars, row: rowHeightFor(labels, 0, maxChars) };
}
