/** Average glyph width as a share of the font size for sans-serif text: wrapping needs no canvas, so it runs anywhere. */
export const GLYPH_WIDTH = 0.56;
/** Bold glyphs are wider: a bold 25 px slide title wrapped at the regular width ran into the frame's right edge. */
const BOLD_GLYPH_WIDTH = 0.62;

/** How many characters of `fontSize` type fit `maxWidth` px (at least 8, so a narrow column still holds a word). */
function charsPerLine(maxWidth: number, fontSize: number, bold: boolean): number {
  return Math.max(8, Math.floor(maxWidth / (fontSize * (bold ? BOLD_GLYPH_WIDTH : GLYPH_WIDTH))));
}

/** Greedy wrapping at `perLine` characters; words longer than a line (URLs) are broken. */
function wrapAt(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > perLine ? (word.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (!current) current = piece;
      else if (current.length + 1 + piece.length <= perLine) current = `${current} ${piece}`;
      else {
        lines.push(current);
        current = piece;
      }
    }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [''];
}

/** Splits text into lines that fit `maxWidth` px at `fontSize`; words longer than a line (URLs) are broken. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  return wrapAt(text, charsPerLine(maxWidth, fontSize, bold));
}

/**
 * Like wrapText, in as many lines, but with the lines about equally long: a title wrapped greedily leaves one short
 * word alone on its last line ("… US$" / "bn"), which reads as a mistake. It wraps at the narrowest width that still
 * needs no more lines (a narrower greedy wrap never takes fewer lines, so a binary search finds it).
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const widest = charsPerLine(maxWidth, fontSize, bold);
  const greedy = wrapAt(text, widest);
  if (greedy.length < 2) return greedy;
  let [lo, hi] = [8, widest];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapAt(text, mid).length <= greedy.length) hi = mid;
    else lo = mid + 1;
  }
  return wrapAt(text, lo);
}

/** Estimated rendered width of one line. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_WIDTH;
}
