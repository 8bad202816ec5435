import { describe, expect, it } from 'vitest';
import { buildPrice, windowFilters } from './gas-test-builders';
import { priceLabel, pricesFor, priceTable, selectPriceRows } from './price-selectors';

const PRICES = [
  buildPrice({
    id: 'cn-2022',
    year: 2022,
    destination: 'china',
    usdPer1000m3: 200,
    kind: 'actual',
    vintage: '2023-09',
  }),
  buildPrice({
    id: 'eu-2022',
    year: 2022,
    destination: 'europe-turkey',
    usdPer1000m3: 800,
    kind: 'actual',
    vintage: '2023-09',
  }),
  buildPrice({
    id: 'cn-2023',
    year: 2023,
    destination: 'china',
    usdPer1000m3: 300,
    kind: 'forecast',
    vintage: '2023-09',
  }),
  buildPrice({
    id: 'cn-2025',
    year: 2025,
    destination: 'china',
    usdPer1000m3: 250,
    kind: 'estimate',
    vintage: '2025-09',
  }),
  buildPrice({
    id: 'eu-2025',
    year: 2025,
    destination: 'europe-turkey',
    usdPer1000m3: 400,
    kind: 'estimate',
    vintage: '2025-09',
  }),
  buildPrice({
    id: 'cn-2025-old',
    year: 2025,
    destination: 'china',
    usdPer1000m3: 270,
    kind: 'forecast',
    vintage: '2023-09',
  }),
];

describe('selectPriceRows', () => {
  it.each([
    {
      name: 'whole window: one row per year and vintage',
      from: '2014-01',
      to: '2026-12',
      keys: ['2022|actual|2023-09', '2023|forecast|2023-09', '2025|forecast|2023-09', '2025|estimate|2025-09'],
    },
    {
      name: 'window ending 2023 drops later years',
      from: '2014-01',
      to: '2023-12',
      keys: ['2022|actual|2023-09', '2023|forecast|2023-09'],
    },
    {
      name: 'window of one month inside 2025 keeps the 2025 rows',
      from: '2025-03',
      to: '2025-03',
      keys: ['2025|forecast|2023-09', '2025|estimate|2025-09'],
    },
    { name: 'window before any price', from: '2014-01', to: '2019-12', keys: [] },
  ])('$name', ({ from, to, keys }) => {
    expect(selectPriceRows(PRICES, windowFilters(from, to)).map((r) => r.key)).toEqual(keys);
  });

  it.each([
    // key, China, Europe, derived gap %
    ['2022|actual|2023-09', 200, 800, -75],
    ['2025|estimate|2025-09', 250, 400, -37.5],
    ['2023|forecast|2023-09', 300, null, null],
  ])('%s: China %s, Europe %s US$/1,000 m³, gap %s%%', (key, china, europe, gap) => {
    const row = selectPriceRows(PRICES, windowFilters('2014-01', '2026-12')).find((r) => r.key === key);
    expect(row?.china).toBe(china);
    expect(row?.europe).toBe(europe);
    if (gap === null) expect(row?.gapPct).toBeNull();
    else expect(row?.gapPct).toBeCloseTo(gap, 9);
  });
});

describe('price labels and tables', () => {
  it('says the year, the kind and when it was published', () => {
    expect(priceLabel({ year: 2024, kind: 'forecast', vintage: '2023-09' })).toBe('2024 forecast (published Sep 2023)');
  });

  it('lists the newest China price first, the newer vintage winning within a year', () => {
    expect(pricesFor(PRICES, 'china').map((p) => p.id)).toEqual(['cn-2025', 'cn-2025-old', 'cn-2023', 'cn-2022']);
  });

  it('the table states the unit in its header and keeps every record in the window', () => {
    const table = priceTable(PRICES, windowFilters('2022-01', '2022-12'));
    expect(table.columns.find((c) => c.key === 'price')?.label).toBe('Price (US$ per 1,000 m³)');
    expect(table.rows.map((r) => [r.id, r.destination, r.price, r.kind])).toEqual([
      ['cn-2022', 'China', 200, 'actual'],
      ['eu-2022', 'Europe + Turkey', 800, 'actual'],
    ]);
  });
});
