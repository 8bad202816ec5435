/**
 * jsPDF's built-in fonts (Helvetica: nothing to fetch or embed, so the CSP and offline use are unaffected) encode
 * text as Windows-1252. Typographic characters outside it are spelled out rather than printed as garbage; the few
 * left (Cyrillic and Chinese names) become "?", and the dashboard keeps the original.
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

export function pdfText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  // eslint-disable-next-line no-control-regex
  return out.replace(/[^\u0000-\u00ff]/g, '?');
}
