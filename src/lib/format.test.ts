import { describe, expect, it } from 'vitest';
import { formatAmount, formatNumber, formatPercent } from './format';

const intl = (value: number, digits: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);

/** A deterministic pseudo-random sequence (mulberry32), so a failure names a value that can be re-run. */
function randoms(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('formatNumber', () => {
  it('writes numbers as en-GB Intl.NumberFormat does', () => {
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(820, 3)).toBe('820');
    expect(formatNumber(38.5)).toBe('38.5');
    expect(formatNumber(-1234.5, 0)).toBe('-1,235');
  });

  it('rounds half away from zero on the shortest decimal form, as ICU does', () => {
    for (const [value, digits] of [
      [1.005, 2],
      [0.5, 0],
      [2.5, 0],
      [-2.5, 0],
      [9.995, 2],
      [999.96, 1],
      [0.045, 2],
      [1.45, 1],
    ] as const) {
      expect(formatNumber(value, digits), `${value} to ${digits}`).toBe(intl(value, digits));
    }
  });

  it('keeps the sign of a negative number that rounds to zero, and of -0', () => {
    expect(formatNumber(-0.01, 1)).toBe(intl(-0.01, 1));
    expect(formatNumber(-0, 0)).toBe(intl(-0, 0));
  });

  it('agrees with Intl on integers past 2^53 and numbers beside the exponent boundaries', () => {
    for (const value of [
      2 ** 53 + 2,
      2 ** 60,
      123456789012345680000,
      9.999999999999999e20,
      1e15 + 0.5,
      1e-6,
      0.000001234,
      1.5e-6,
    ]) {
      for (const digits of [0, 1, 3, 6])
        expect(formatNumber(value, digits), `${value} to ${digits}`).toBe(intl(value, digits));
    }
  });

  it('agrees with Intl on exponent forms and non-finite numbers', () => {
    for (const value of [1e-7, -3.2e-9, 1e21, 4.5e25, Infinity, -Infinity, NaN]) {
      expect(formatNumber(value, 2), String(value)).toBe(intl(value, 2));
    }
  });

  it('agrees with Intl on 20,000 numbers of every size and precision', () => {
    const next = randoms(20261130);
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const magnitude = Math.floor(next() * 16) - 6;
      const value = (next() < 0.2 ? -1 : 1) * next() * 10 ** magnitude;
      // Half of the values are cut to few decimals, where ties (…5) and carries (…99) are common.
      const sample = next() < 0.5 ? Number(value.toFixed(Math.floor(next() * 5))) : value;
      const digits = Math.floor(next() * 7);
      if (formatNumber(sample, digits) !== intl(sample, digits)) mismatches.push(`${sample} to ${digits}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('amounts and percentages', () => {
  it('keep the original currency, unit and qualifier', () => {
    expect(formatAmount({ amount: 820, currency: 'RUB', unit: 'bn', qualifier: 'about' })).toBe('~₽820 bn');
    expect(formatAmount({ amount: 1.5, amountMax: 2.25, currency: 'USD', unit: 'bn' })).toBe('US$1.5–2.25 bn');
  });

  it('sign a percentage change with a true minus', () => {
    expect(formatPercent(-12.345)).toBe('−12.3%');
    expect(formatPercent(4)).toBe('+4%');
  });
});
