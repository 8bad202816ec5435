/**
 * Writes the caption into the PNG itself as iTXt chunks (UTF-8 text, uncompressed), so an image pasted into a report
 * still carries its title, filters, sources and view address in its metadata.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function itxtChunk(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const key = enc.encode(keyword.slice(0, 79));
  const body = enc.encode(text);
  // keyword (Latin-1, ≤79 bytes) NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL, text.
  // Written with set(), not spread into an array: a chart's numbered source list is tens of kilobytes.
  const length = key.length + 5 + body.length;
  const chunk = new Uint8Array(12 + length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, length);
  chunk.set(enc.encode('iTXt'), 4);
  chunk.set(key, 8);
  chunk.set(body, 8 + key.length + 5);
  view.setUint32(8 + length, crc32(chunk.subarray(4, 8 + length)));
  return chunk;
}

/** Signature (8 bytes) and the IHDR chunk (25 bytes): the text chunks go right after them. */
const HEAD = 8 + 25;

const textChunks = (entries: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer>[] =>
  Object.entries(entries).map(([k, v]) => itxtChunk(k, v));

/** The PNG with text chunks inserted right after IHDR. */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  if (!isPng(png)) throw new Error('Not a PNG');
  const chunks = textChunks(entries);
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, HEAD), 0);
  let offset = HEAD;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  out.set(png.subarray(HEAD), offset);
  return out;
}

/**
 * The same for a PNG the browser encoded, without reading it into script: only its first 33 bytes are read, and the
 * image data is a slice of the original blob (a 2× chart with its numbered sources is several megabytes).
 */
export async function withPngTextBlob(png: Blob, entries: Readonly<Record<string, string>>): Promise<Blob> {
  const head = png.slice(0, HEAD);
  if (!isPng(new Uint8Array(await head.arrayBuffer()))) throw new Error('Not a PNG');
  return new Blob([head, ...textChunks(entries), png.slice(HEAD)], { type: 'image/png' });
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
