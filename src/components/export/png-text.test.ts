import { crc32 as nodeCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, isPng, pngSize, withPngText, withPngTextBlob } from './png-text';

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(nodeCrc32(body), 8 + data.length);
  return out;
}

/** A real 3×2 grey PNG. */
function tinyPng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(3, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.from([0, 1, 2, 3, 0, 4, 5, 6]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

function chunks(png: Uint8Array): { type: string; text: string; crcOk: boolean }[] {
  const buf = Buffer.from(png);
  const out = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const body = buf.subarray(at + 4, at + 8 + length);
    out.push({
      type: body.toString('latin1', 0, 4),
      text: body.subarray(4).toString('utf8'),
      crcOk: buf.readUInt32BE(at + 8 + length) === nodeCrc32(body),
    });
    at += 12 + length;
  }
  return out;
}

describe('png-text', () => {
  it.each([
    ['', 0],
    ['IEND', 0xae426082],
    ['123456789', 0xcbf43926],
    ['Сила Сибири', nodeCrc32(Buffer.from('Сила Сибири'))],
  ])('crc32(%j)', (text, expected) => {
    expect(crc32(new TextEncoder().encode(String(text)))).toBe(expected);
  });

  it('inserts UTF-8 iTXt chunks after IHDR, with valid CRCs, and keeps the image', () => {
    const png = tinyPng();
    const out = withPngText(png, { Title: 'Gas negotiations', Source: 'Sources: ТАСС, 新华社' });
    expect(isPng(out)).toBe(true);
    expect(pngSize(out)).toEqual({ width: 3, height: 2 });
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    expect(list[1]?.text).toBe('Title\0\0\0\0\0Gas negotiations');
    expect(list[2]?.text).toBe('Source\0\0\0\0\0Sources: ТАСС, 新华社');
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), { Title: 'x' })).toThrow(/Not a PNG/);
  });

  it('tags a PNG blob the same way, byte for byte', async () => {
    const png = tinyPng();
    const entries = { Title: 'Trade by month', Source: `Sources:\n${'1. ТАСС, “新华社”\n'.repeat(500)}` };
    const blob = await withPngTextBlob(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), entries);
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes).toEqual(withPngText(png, entries));
    expect(chunks(bytes).map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(chunks(bytes).every((c) => c.crcOk)).toBe(true);
  });

  it('refuses a blob that is not a PNG', async () => {
    await expect(withPngTextBlob(new Blob(['<svg/>']), { Title: 'x' })).rejects.toThrow(/Not a PNG/);
  });
});
