/**
 * The PDFs are set in BRI PDF Sans (src/app/pdf-font.ts), which has every character in data/ and the app's own text.
 * A character it lacks (one a user typed into a view name, say) is spelled out when there is a plain equivalent, and
 * becomes "?" only when there is none; the dashboard keeps the original.
 */
const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2018\u2019\u201b]/g, "'"],
  [/[\u201c\u201d\u201f]/g, '"'],
  [/[\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/\u2192/g, '->'],
  [/\u2190/g, '<-'],
  [/\u2248/g, '~'],
  [/\u2264/g, '<='],
  [/\u2265/g, '>='],
  [/\u20bd/g, 'RUB '],
  [/\u20ac/g, 'EUR '],
  [/\u00d7/g, 'x'],
  [/\u2022/g, '-'],
  [/[\u00a0\u2009\u202f]/g, ' '],
];

/** `text` as the font can print it: `has` is the set of code points the font has glyphs for. */
export function pdfText(text: string, has: ReadonlySet<number>): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS)
    out = out.replace(pattern, (ch) => (has.has(ch.codePointAt(0) ?? 0) ? ch : replacement));
  return Array.from(out, (ch) => (has.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}
