import type { Currency } from '@/data/schemas/common';
import type { ProjectValue } from '@/data/schemas/projects';
import { formatAmount, formatNumber, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import { CURRENCY_ORDER, UNIT_IN_BN, formatBn } from './money';

/** A value's low and high end in billions of some currency (equal for a point value). */
export interface BnRange {
  low: number;
  high: number;
}

/** The value in billions of its own currency (units differ between records: m, bn, trn). */
export function valueInBn(value: Pick<ProjectValue, 'low' | 'high' | 'unit'>): BnRange {
  return { low: value.low * UNIT_IN_BN[value.unit], high: value.high * UNIT_IN_BN[value.unit] };
}

/**
 * The value in US$ bn: itself when it is in US$, the US$ equivalent a source states otherwise, and null when there is
 * none (a ruble, yuan or euro value is never converted here with a rate of our own).
 */
export function usdRangeOf(value: ProjectValue | null): (BnRange & { converted: boolean }) | null {
  if (!value) return null;
  if (value.currency === 'USD') return { ...valueInBn(value), converted: false };
  return value.usd ? { low: value.usd.lowBn, high: value.usd.highBn, converted: true } : null;
}

/** "~US$0.4–0.5 bn": the value in its own currency and unit, a range as a range, with its qualifier. */
export function formatProjectValue(value: ProjectValue): string {
  return formatAmount({
    amount: value.low,
    amountMax: value.high > value.low ? value.high : undefined,
    currency: value.currency,
    unit: value.unit,
    qualifier: value.qualifier,
  });
}

/** "≈ US$1.2–1.3 bn at 90 RUB per USD (rate of May 2024)": the stated US$ equivalent with its rate and date, or null. */
export function usdEquivalentNote(value: ProjectValue | null): string | null {
  if (!value?.usd) return null;
  const { lowBn, highBn, rate, rateUnit, rateDate } = value.usd;
  return `≈ ${formatBn(lowBn, 'USD', highBn)} at ${formatNumber(rate, 2)} ${rateUnit} (rate of ${formatPartialDate(rateDate)})`;
}

/** A sum in one currency: low and high ends added separately, so a range stays a range. */
export interface CurrencySum extends BnRange {
  currency: Currency;
  count: number;
  /** A part was qualified ("about", "more than", "up to"): the sum is approximate. */
  qualified: boolean;
}

/** Sums per original currency, never across currencies. */
export function sumByCurrency(values: readonly (ProjectValue | null)[]): CurrencySum[] {
  const sums = new Map<Currency, CurrencySum>();
  for (const value of values) {
    if (!value) continue;
    const sum = sums.get(value.currency) ?? { currency: value.currency, low: 0, high: 0, count: 0, qualified: false };
    const bn = valueInBn(value);
    sum.low += bn.low;
    sum.high += bn.high;
    sum.count += 1;
    sum.qualified ||= value.qualifier !== undefined;
    sums.set(value.currency, sum);
  }
  return [...sums.values()].sort((a, b) => CURRENCY_ORDER.indexOf(a.currency) - CURRENCY_ORDER.indexOf(b.currency));
}

/** The US$ total of the values that are in US$ or have a US$ equivalent a source states. */
export interface UsdSum extends BnRange {
  /** How many values contributed, how many of them by a stated equivalent, and how many values there were. */
  count: number;
  converted: number;
  of: number;
  qualified: boolean;
}

export function sumUsd(values: readonly (ProjectValue | null)[]): UsdSum {
  const sum: UsdSum = { low: 0, high: 0, count: 0, converted: 0, of: values.length, qualified: false };
  for (const value of values) {
    const usd = usdRangeOf(value);
    if (!usd || !value) continue;
    sum.low += usd.low;
    sum.high += usd.high;
    sum.count += 1;
    if (usd.converted) sum.converted += 1;
    sum.qualified ||= value.qualifier !== undefined;
  }
  return sum;
}

/** "₽820 bn", "US$10–11 bn"; "≈" when a part was qualified ("about", "more than"). */
export function formatCurrencySum(sum: Pick<CurrencySum, 'currency' | 'low' | 'high' | 'qualified'>): string {
  return `${sum.qualified ? '≈' : ''}${formatBn(sum.low, sum.currency, sum.high)}`;
}

/** "US$27.4 bn (3 of 12 projects have a US$ value; 1 by a US$ equivalent the source states)". */
export function formatUsdSum(sum: UsdSum, noun = 'projects'): string {
  if (sum.count === 0) return `no US$ value (0 of ${sum.of} ${noun} have one)`;
  const converted =
    sum.converted > 0 ? `; ${formatNumber(sum.converted, 0)} by a US$ equivalent the source states` : '';
  return `${formatCurrencySum({ ...sum, currency: 'USD' })} (${sum.count} of ${sum.of} ${noun} have a US$ value${converted})`;
}

/** "12 projects without a value" (or null when every project has one). */
export function withoutValueText(count: number): string | null {
  return count === 0 ? null : `${pluralise(count, 'project')} without a value`;
}
