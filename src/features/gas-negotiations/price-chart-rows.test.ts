import { describe, expect, it } from 'vitest';
import { gasPriceRows, gasPriceTitle } from './price-chart-rows';
import { selectPriceRows } from './price-selectors';
import { buildPrice, windowFilters } from './gas-test-builders';

const PRICES = [
  buildPrice({ id: 'c', destination: 'china', usdPer1000m3: 257, year: 2024, vintage: '2025-01', sources: ['a'] }),
  buildPrice({
    id: 'e',
    destination: 'europe-turkey',
    usdPer1000m3: 362,
    year: 2024,
    vintage: '2025-01',
    sources: ['b'],
  }),
];

describe('gas-price rows', () => {
  const rows = selectPriceRows(PRICES, windowFilters('2014-01', '2026-12'));
  it('one numeric row per bar, with its sources', () => {
    expect(gasPriceRows(rows).map((r) => [r.series, r.value, r.unit, r.sourceIds.join(' ')])).toEqual([
      ['Export price to China', 257, 'US$ per 1,000 m³', 'a'],
      ['Export price to Europe + Turkey', 362, 'US$ per 1,000 m³', 'b'],
    ]);
  });
  it('says the gap in the title', () => {
    expect(gasPriceTitle(rows)).toBe('China’s price was 29% less than Europe’s in 2024 (actual)');
  });
});
