import { describe, expect, it } from 'vitest';
import { buildMoney } from './investment-builders';
import { amountInBn, conversionNote, formatBn } from './money';

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

describe('conversionNote', () => {
  it('states the amount, the rate and its date', () => {
    expect(conversionNote(rubWithUsd)).toBe('≈ US$9.1 bn at 90 RUB per USD (rate of Dec 2023)');
  });
  it('is null without a conversion', () => expect(conversionNote(buildMoney())).toBeNull());
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

  it.each([
    [0.4, 0.5, 'USD', 'US$400–500 m'],
    [10, 11, 'USD', 'US$10–11 bn'],
    [0.8, 1.2, 'RUB', '₽0.8–1.2 bn'],
    [5, 5, 'EUR', '€5 bn'],
  ] as const)('%s–%s bn %s → %s (one unit, chosen by the high end)', (low, high, currency, text) =>
    expect(formatBn(low, currency, high)).toBe(text),
  );
});
