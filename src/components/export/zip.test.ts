import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

describe('zipFiles', () => {
  it('packs every entry under its name, text as UTF-8 and bytes unchanged', async () => {
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const zip = await zipFiles(
      [
        { name: 'a.png', data: png },
        { name: 'a.csv', data: '\uFEFFName\r\nСила' },
        { name: 'README.txt', data: 'hello' },
      ],
      new Date('2025-01-02T03:04:05Z'),
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['a.png', 'a.csv', 'README.txt']);
    expect([...(files['a.png'] ?? [])]).toEqual([...png]);
    expect(Buffer.from(files['a.csv'] ?? []).toString('utf8')).toBe('\uFEFFName\r\nСила');
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toBe('hello');
  });
});
