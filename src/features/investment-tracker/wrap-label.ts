/** Category labels of the horizontal bar charts, wrapped onto lines instead of cut off at the label column's edge. */

/** Width of the label column, px; at 12 px text it holds MAX_CHARS characters a line even of wide glyphs (24 clipped "Chemicals and fertilisers"). */
export const LABEL_WIDTH = 172;
const MAX_CHARS = 22;
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
export function rowHeightFor(labels: readonly string[], extraLines = 0): number {
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l).length)) + extraLines;
  return Math.max(26, lines * LINE_HEIGHT + 12);
}
