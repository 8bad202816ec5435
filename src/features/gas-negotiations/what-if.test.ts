import { describe, expect, it } from 'vitest';
import { annualRevenueUsdBn, computeWhatIf, parseAssumption } from './what-if';

describe('annualRevenueUsdBn (US$ per 1,000 m³ × bcm/y → US$ bn/yr)', () => {
  it.each([
    // price, bcm, US$ bn/yr
    [1000, 1, 1], // 1 bcm = 1 million × 1,000 m³ at US$1,000 = US$1 bn
    [250, 50, 12.5],
    [400, 50, 20],
    [248.7, 38, 9.4506],
    [0, 50, 0],
    [300, 0, 0],
  ])('%s US$/1,000 m³ × %s bcm → %s US$ bn/yr', (price, bcm, expected) => {
    expect(annualRevenueUsdBn(price, bcm)).toBeCloseTo(expected, 9);
  });
});

describe('parseAssumption', () => {
  it.each([
    ['250', 250],
    [' 12.5 ', 12.5],
    ['0', 0],
    ['', null],
    ['   ', null],
    ['abc', null],
    ['-5', null],
    ['Infinity', null],
  ])('%j → %s', (text, expected) => {
    expect(parseAssumption(text)).toBe(expected);
  });
});

describe('computeWhatIf', () => {
  it.each([
    {
      name: 'a price below Europe: positive gaps, negative percentage',
      input: { price: 250, volumeBcm: 50, europePrice: 400 },
      expected: { revenueUsdBn: 12.5, europeRevenueUsdBn: 20, priceGap: 150, revenueGapUsdBn: 7.5, gapPct: -37.5 },
    },
    {
      name: 'the European price itself: no gap',
      input: { price: 400, volumeBcm: 10, europePrice: 400 },
      expected: { revenueUsdBn: 4, europeRevenueUsdBn: 4, priceGap: 0, revenueGapUsdBn: 0, gapPct: 0 },
    },
    {
      name: 'no European year chosen: revenue only',
      input: { price: 300, volumeBcm: 50, europePrice: null },
      expected: { revenueUsdBn: 15, europeRevenueUsdBn: null, priceGap: null, revenueGapUsdBn: null, gapPct: null },
    },
    {
      name: 'no volume: price gap only',
      input: { price: 300, volumeBcm: null, europePrice: 500 },
      expected: { revenueUsdBn: null, europeRevenueUsdBn: null, priceGap: 200, revenueGapUsdBn: null, gapPct: -40 },
    },
    {
      name: 'no price: Europe revenue only',
      input: { price: null, volumeBcm: 50, europePrice: 500 },
      expected: { revenueUsdBn: null, europeRevenueUsdBn: 25, priceGap: null, revenueGapUsdBn: null, gapPct: null },
    },
  ])('$name', ({ input, expected }) => {
    const result = computeWhatIf(input);
    for (const [key, value] of Object.entries(expected)) {
      const actual = result[key as keyof typeof result];
      if (value === null) expect(actual, key).toBeNull();
      else expect(actual, key).toBeCloseTo(value, 9);
    }
  });
});
