import { describe, expect, it } from 'vitest';
import { buildMoney } from './investment-builders';
import {
  amountInBn,
  conversionNote,
  formatBn,
  formatCurrencySum,
  formatUsdSum,
  sumByCurrency,
  sumUsd,
  usdBnOf,
} from './money';

const rubWithUsd = buildMoney({
  amount: 820,
  currency: 'RUB',
  unit: 'bn',
  usd: {
    amountBn: 9.1,
    rate: 90,
    rateUnit: 'RUB per USD',
    rateDate: '2023-12',
    method: 'RUB / rate',
    sources: ['cbr'],
  },
});

describe('amountInBn', () => {
  it.each([
    [{ amount: 500, unit: 'm' as const }, 0.5],
    [{ amount: 2, unit: 'bn' as const }, 2],
    [{ amount: 1.2, unit: 'trn' as const }, 1200],
  ])('%o → %s bn', (money, bn) => expect(amountInBn(money)).toBeCloseTo(bn));
});

describe('usdBnOf', () => {
  it.each([
    ['null value', null, null],
    ['native US$ in millions', buildMoney({ amount: 141, unit: 'm' }), { bn: 0.141, converted: false }],
    ['RUB with its own conversion', rubWithUsd, { bn: 9.1, converted: true }],
    ['RUB without a conversion is never converted', buildMoney({ currency: 'RUB', amount: 7 }), null],
  ])('%s', (_name, money, expected) => {
    const got = usdBnOf(money);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toEqual({ bn: expect.closeTo(expected.bn, 6), converted: expected.converted });
  });
});

describe('conversionNote', () => {
  it('states the amount, the rate and its date', () => {
    expect(conversionNote(rubWithUsd)).toBe('≈ US$9.1 bn at 90 RUB per USD (rate of Dec 2023)');
  });
  it('is null without a conversion', () => expect(conversionNote(buildMoney())).toBeNull());
});

describe('sumByCurrency', () => {
  it.each([
    ['no values', [null, null], []],
    [
      'RUB and USD stay apart; units are normalised',
      [
        buildMoney({ currency: 'RUB', amount: 800 }),
        buildMoney({ currency: 'RUB', amount: 1, unit: 'trn' }),
        buildMoney({ amount: 500, unit: 'm' }),
      ],
      [
        { currency: 'USD', bn: 0.5, count: 1, inexact: false },
        { currency: 'RUB', bn: 1800, count: 2, inexact: false },
      ],
    ],
    [
      'a range counts with its lower bound and marks the sum inexact',
      [buildMoney({ amount: 10, amountMax: 11 }), buildMoney({ amount: 2 })],
      [{ currency: 'USD', bn: 12, count: 2, inexact: true }],
    ],
  ])('%s', (_name, values, expected) => expect(sumByCurrency(values)).toEqual(expected));

  it('marks an inexact sum with ≈', () => {
    expect(formatCurrencySum({ currency: 'RUB', bn: 820, count: 1, inexact: true })).toBe('≈₽820 bn');
  });
});

describe('formatBn', () => {
  it.each([
    [0.541, 'USD', 'US$541 m'],
    [0.0221, 'USD', 'US$22.1 m'],
    [9.1, 'USD', 'US$9.1 bn'],
    [90.005, 'RUB', '₽90 bn'],
    [1080.4, 'RUB', '₽1.08 trn'],
    [2.642, 'CNY', 'CN¥2.64 bn'],
  ] as const)('%s bn %s → %s', (bn, currency, text) => expect(formatBn(bn, currency)).toBe(text));
});

describe('sumUsd', () => {
  it.each([
    [
      'counts native and converted US$ values, ignores the rest',
      [buildMoney({ amount: 10 }), rubWithUsd, buildMoney({ currency: 'CNY' }), null],
      { bn: 19.1, count: 2, converted: 1, of: 4, inexact: false },
    ],
    [
      'a range counts its lower bound and makes the total approximate',
      [buildMoney({ amount: 0.4, amountMax: 0.5 }), buildMoney({ amount: 1 })],
      { bn: 1.4, count: 2, converted: 0, of: 2, inexact: true },
    ],
    ['nothing in US$', [buildMoney({ currency: 'RUB' })], { bn: 0, count: 0, converted: 0, of: 1, inexact: false }],
  ])('%s', (_name, values, expected) => {
    const got = sumUsd(values);
    expect({ ...got, bn: Math.round(got.bn * 10) / 10 }).toEqual(expected);
  });

  it.each([
    [
      { bn: 19.1, count: 2, converted: 1, of: 4, inexact: false },
      "US$19.1 bn (2 of 4 projects have a US$ value; 1 converted at the record's stated rate)",
    ],
    [{ bn: 1.4, count: 2, converted: 0, of: 2, inexact: true }, '≈US$1.4 bn (2 of 2 projects have a US$ value)'],
    [{ bn: 0, count: 0, converted: 0, of: 3, inexact: false }, 'no US$ value (0 of 3 projects have one)'],
  ])('formats %o', (sum, text) => expect(formatUsdSum(sum)).toBe(text));
});
