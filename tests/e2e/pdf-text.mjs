// The text of a jsPDF document as a reader's PDF viewer would copy it: jsPDF writes each line as one `<glyph ids> Tj`
// in the font set by the last `/Fn size Tf`, and each embedded font's ToUnicode CMap maps its glyph ids back to
// Unicode (the same map a viewer's search and copy use). Only what jsPDF writes is handled: uncompressed content
// streams, bfchar/bfrange maps and Tj strings (hex for embedded fonts, literal for the built-in ones).

/** UTF-16BE hex ("04100411") as a string. */
const utf16 = (hex) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

function unicodeMap(cmap) {
  const map = new Map();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, text] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(parseInt(glyph, 16), utf16(text));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, text] of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      for (let g = parseInt(from, 16), u = parseInt(text, 16); g <= parseInt(to, 16); g += 1, u += 1)
        map.set(g, String.fromCharCode(u));
  return map;
}

/** The lines of text in `buffer` (a PDF made by jsPDF), in drawing order. */
export function pdfLines(buffer) {
  const pdf = buffer.toString('latin1');
  const objects = new Map([...pdf.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map(([, n, body]) => [n, body]));
  const fonts = new Map();
  for (const [, name, ref] of pdf.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(ref) ?? '')?.[1];
    // The CMap stream is ASCII; latin1 bytes of UTF-8 text are not, so it is read as it was written.
    if (cmapRef) fonts.set(name, unicodeMap(objects.get(cmapRef) ?? ''));
  }
  const lines = [];
  let font;
  for (const [, name, hex, literal] of pdf.matchAll(
    /\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj/g,
  )) {
    if (name) font = fonts.get(name);
    else if (hex !== undefined) {
      const glyphs = (hex.match(/.{4}/g) ?? []).map((g) => parseInt(g, 16));
      lines.push(glyphs.map((g) => font?.get(g) ?? '\uFFFD').join(''));
    } else lines.push(literal.replace(/\\(.)/g, '$1'));
  }
  return lines;
}
