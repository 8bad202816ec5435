import { describe, expect, it } from 'vitest';
import { buildValue } from './investment-builders';
import {
  formatCurrencySum,
  formatProjectValue,
  formatUsdSum,
  sumByCurrency,
  sumUsd,
  usdEquivalentNote,
  usdRangeOf,
  withoutValueText,
} from './project-value';

const rubWithUsd = buildValue({
  low: 100,
  high: 110,
  currency: 'RUB',
  usd: {
    lowBn: 1.2,
    highBn: 1.3,
    rate: 90,
    rateUnit: 'RUB per USD',
    rateDate: '2024-05',
    method: 'as printed by the source',
    sources: ['cbr'],
  },
});

describe('formatProjectValue', () => {
  it.each([
    ['a point value', buildValue({ low: 15 }), 'US$15 bn'],
    ['a range stays a range', buildValue({ low: 400, high: 500, unit: 'm', qualifier: 'about' }), '~US$400–500 m'],
    ['a euro contract', buildValue({ low: 2.6, currency: 'EUR' }), '€2.6 bn'],
  ])('%s', (_name, value, text) => expect(formatProjectValue(value)).toBe(text));
});

describe('usdRangeOf', () => {
  it.each([
    ['null value', null, null],
    [
      'native US$ in millions',
      buildValue({ low: 141, high: 150, unit: 'm' }),
      { low: 0.141, high: 0.15, converted: false },
    ],
    ['RUB with a stated equivalent', rubWithUsd, { low: 1.2, high: 1.3, converted: true }],
    ['RUB without one is never converted', buildValue({ currency: 'RUB', low: 7 }), null],
  ])('%s', (_name, value, expected) => {
    const got = usdRangeOf(value);
    if (expected === null) expect(got).toBeNull();
    else
      expect(got).toEqual({
        ...expected,
        low: expect.closeTo(expected.low, 9),
        high: expect.closeTo(expected.high, 9),
      });
  });
});

describe('usdEquivalentNote', () => {
  it('states the range, the rate and its date', () => {
    expect(usdEquivalentNote(rubWithUsd)).toBe('≈ US$1.2–1.3 bn at 90 RUB per USD (rate of May 2024)');
  });
  it('is null without one', () => expect(usdEquivalentNote(buildValue())).toBeNull());
});

describe('sumByCurrency', () => {
  it('keeps currencies apart, normalises units and adds low and high ends separately', () => {
    const sums = sumByCurrency([
      buildValue({ currency: 'RUB', low: 800 }),
      buildValue({ currency: 'RUB', low: 1, unit: 'trn' }),
      buildValue({ low: 10, high: 11 }),
      buildValue({ low: 500, unit: 'm', qualifier: 'about' }),
      buildValue({ currency: 'EUR', low: 2 }),
      null,
    ]);
    expect(sums).toEqual([
      { currency: 'USD', low: 10.5, high: 11.5, count: 2, qualified: true },
      { currency: 'RUB', low: 1800, high: 1800, count: 2, qualified: false },
      { currency: 'EUR', low: 2, high: 2, count: 1, qualified: false },
    ]);
    expect(sums.map(formatCurrencySum)).toEqual(['≈US$10.5–11.5 bn', '₽1.8 trn', '€2 bn']);
  });
});

describe('sumUsd', () => {
  it('adds native US$ values and stated equivalents only, and says how many projects have one', () => {
    const sum = sumUsd([buildValue({ low: 10, high: 12 }), rubWithUsd, buildValue({ currency: 'CNY' }), null]);
    expect(sum).toEqual({ low: 11.2, high: 13.3, count: 2, converted: 1, of: 4, qualified: false });
    expect(formatUsdSum(sum)).toBe(
      'US$11.2–13.3 bn (2 of 4 projects have a US$ value; 1 by a US$ equivalent the source states)',
    );
  });
  it('says when nothing has a US$ value', () => {
    expect(formatUsdSum(sumUsd([buildValue({ currency: 'RUB' })]))).toBe('no US$ value (0 of 1 projects have one)');
  });
});

describe('withoutValueText', () => {
  it.each([
    [0, null],
    [1, '1 project without a value'],
    [12, '12 projects without a value'],
  ])('%s → %s', (count, text) => expect(withoutValueText(count)).toBe(text));
});
