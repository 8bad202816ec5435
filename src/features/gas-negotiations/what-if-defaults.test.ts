import { describe, expect, it } from 'vitest';
import { buildPrice, buildRoute } from './gas-test-builders';
import { ROUTE_IDS } from './route-ids';
import { preferredPrice, whatIfDefaults } from './what-if-defaults';

const PRICES = [
  buildPrice({ id: 'cn-2025-new', year: 2025, usdPer1000m3: 248.7, kind: 'estimate', vintage: '2025-09' }),
  buildPrice({ id: 'cn-2025-old', year: 2025, usdPer1000m3: 261, kind: 'estimate', vintage: '2024' }),
  buildPrice({ id: 'cn-2027', year: 2027, usdPer1000m3: 235.4, kind: 'forecast', vintage: '2024' }),
  buildPrice({
    id: 'eu-2026',
    year: 2026,
    destination: 'europe-turkey',
    usdPer1000m3: 380,
    kind: 'forecast',
    vintage: '2025-09',
  }),
  buildPrice({
    id: 'eu-2025',
    year: 2025,
    destination: 'europe-turkey',
    usdPer1000m3: 401.9,
    kind: 'estimate',
    vintage: '2025-09',
  }),
];

describe('preferredPrice (the what-if starting point, US$ per 1,000 m³)', () => {
  it.each([
    {
      name: 'China: an estimate beats a later forecast; the newer vintage wins',
      destination: 'china' as const,
      id: 'cn-2025-new',
    },
    { name: 'Europe: the estimate, not the forecast', destination: 'europe-turkey' as const, id: 'eu-2025' },
  ])('$name', ({ destination, id }) => {
    expect(preferredPrice(PRICES, destination)?.id).toBe(id);
  });

  it('falls back to a forecast when nothing else is sourced', () => {
    expect(preferredPrice([PRICES[2]!], 'china')?.id).toBe('cn-2027');
  });
});

describe('whatIfDefaults', () => {
  const routes = [
    buildRoute({
      id: ROUTE_IDS.pos2,
      name: { en: 'Power of Siberia 2' },
      status: 'memorandum',
      capacityHistory: [{ date: '2025-09-02', bcm: 50, sources: ['s'], confidence: 'confirmed' }],
    }),
  ];

  it('starts from the sourced China price and PoS-2 volume, and says where each comes from', () => {
    const d = whatIfDefaults(PRICES, routes);
    expect([d.price, d.volumeBcm, d.europeId]).toEqual([248.7, 50, 'eu-2025']);
    expect(d.priceOrigin).toMatch(/not a Power of Siberia 2 price/);
    expect(d.volumeOrigin).toMatch(/Power of Siberia 2’s|Power of Siberia 2's/);
    expect(d.europeOptions.map((o) => o.id)).toEqual(['eu-2026', 'eu-2025']);
  });

  it('leaves the inputs empty when nothing is sourced', () => {
    const d = whatIfDefaults([], []);
    expect([d.price, d.volumeBcm, d.europeOptions, d.europeId]).toEqual([null, null, [], '']);
  });
});
