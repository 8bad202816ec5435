/** Average glyph width as a share of the font size for sans-serif text: wrapping needs no canvas, so it runs anywhere. */
export const GLYPH_WIDTH = 0.56;
/** Bold glyphs are wider: a bold 25 px slide title wrapped at the regular width ran into the frame's right edge. */
const BOLD_GLYPH_WIDTH = 0.62;

/** Splits text into lines that fit `maxWidth` px at `fontSize`; words longer than a line (URLs) are broken. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const glyph = bold ? BOLD_GLYPH_WIDTH : GLYPH_WIDTH;
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * glyph)));
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

/** Estimated rendered width of one line. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_WIDTH;
}
