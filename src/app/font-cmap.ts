/**
 * The characters a TrueType font has glyphs for, read from its `cmap` table (formats 4 and 12, the two every
 * Unicode font carries). Used where the PDF font loads, to spell out what it lacks instead of printing "?", and by the
 * test that fails when data/ uses a character the committed subset lacks.
 */
export function fontCharacters(bytes: Uint8Array): Set<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16;
    if (view.getUint32(record) === 0x636d6170 /* 'cmap' */) cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('The font has no cmap table');
  const points = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const at = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(at);
    if (format === 4) readFormat4(view, at, points);
    else if (format === 12) readFormat12(view, at, points);
  }
  return points;
}

function readFormat4(view: DataView, at: number, points: Set<number>) {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const offset = view.getUint16(offsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      const glyph = offset ? view.getUint16(offsets + s * 2 + offset + (c - start) * 2) : (c + delta) & 0xffff;
      if (glyph !== 0) points.add(c);
    }
  }
}

function readFormat12(view: DataView, at: number, points: Set<number>) {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const group = at + 16 + g * 12;
    for (let c = view.getUint32(group); c <= view.getUint32(group + 4); c += 1) points.add(c);
  }
}
