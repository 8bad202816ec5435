import { describe, expect, it } from 'vitest';
import { dataUrlToBlob, exportFileStem, slugify } from './download';

describe('exportFileStem', () => {
  it.each([
    ['Investment tracker', '2022-01', '2024-12', 'investment-tracker_2022-01_2024-12'],
    ['Investment by sector', '2022-01', '2024-12', 'investment-by-sector_2022-01_2024-12'],
    ['Payment workaround timeline', '2014-01', '2025-06', 'payment-workaround-timeline_2014-01_2025-06'],
    [
      'Gas negotiations: Power of Siberia 2 (PoS-2)',
      '2019-05',
      '2019-05',
      'gas-negotiations-power-of-siberia-2-pos-2_2019-05_2019-05',
    ],
    ['  Border   crossings  ', '2020-01', '2021-01', 'border-crossings_2020-01_2021-01'],
    ['Café Ürümqi – trade', '2020-01', '2021-01', 'cafe-urumqi-trade_2020-01_2021-01'],
    ['Сила Сибири', '2020-01', '2021-01', 'chart_2020-01_2021-01'],
  ])('%s, %s…%s → %s', (title, from, to, expected) => {
    expect(exportFileStem(title, from, to)).toBe(expected);
  });

  it('slugs never start or end with a hyphen', () => {
    expect(slugify('--a b--')).toBe('a-b');
  });
});

describe('dataUrlToBlob', () => {
  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['data:text/plain;charset=utf-8,a%20b', 'text/plain', [0x61, 0x20, 0x62]],
    ['data:,hi', 'text/plain', [0x68, 0x69]],
  ])('%s', async (url, type, bytes) => {
    const blob = dataUrlToBlob(url);
    expect(blob.type).toBe(type);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(bytes);
  });

  it('rejects anything that is not a data URL', () => {
    expect(() => dataUrlToBlob('https://example.com/x.png')).toThrow(/Not a data URL/);
  });
});
