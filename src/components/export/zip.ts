import type { Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** A zip of the entries; fflate is loaded only when a pack is made. PNGs are stored, text is deflated. */
export async function zipFiles(entries: readonly ZipEntry[], modified: Date): Promise<Uint8Array<ArrayBuffer>> {
  const { strToU8, zipSync } = await import('fflate');
  const files: Zippable = {};
  for (const e of entries)
    files[e.name] = [typeof e.data === 'string' ? strToU8(e.data) : e.data, { level: e.name.endsWith('.png') ? 0 : 6 }];
  // Copied into a plain ArrayBuffer-backed array, which Blob accepts.
  return new Uint8Array(zipSync(files, { mtime: modified }));
}
