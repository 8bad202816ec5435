import type { Money } from '@/data/schemas/common';
import { formatAmount, formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';

/** US$ first (the comparable one), then the ruble and the yuan. */
const CURRENCY_ORDER: readonly Money['currency'][] = ['USD', 'RUB', 'CNY'];
const UNIT_IN_BN: Record<Money['unit'], number> = { m: 0.001, bn: 1, trn: 1000 };

/** An amount in billions of its own currency (units differ between records: m, bn, trn). */
export function amountInBn(money: Pick<Money, 'amount' | 'unit'>): number {
  return money.amount * UNIT_IN_BN[money.unit];
}

/**
 * A record's value in US$ bn: the amount itself when the record is in US$, the record's own stated conversion
 * otherwise, and null when there is none (a RUB or CNY amount is never converted here with a rate of our own).
 */
export function usdBnOf(money: Money | null): { bn: number; converted: boolean } | null {
  if (!money) return null;
  if (money.currency === 'USD') return { bn: amountInBn(money), converted: false };
  return money.usd ? { bn: money.usd.amountBn, converted: true } : null;
}

/** An amount given in billions, written in the unit that reads best: US$541 m, ₽90 bn, ₽1.08 trn. */
export function formatBn(bn: number, currency: Money['currency']): string {
  const round = (v: number) => Number(formatNumber(v, v < 10 ? 2 : 1).replace(/,/g, ''));
  if (bn >= 1000) return formatAmount({ amount: round(bn / 1000), currency, unit: 'trn' });
  if (bn >= 1) return formatAmount({ amount: round(bn), currency, unit: 'bn' });
  return formatAmount({ amount: Math.round(bn * 1000 * 10) / 10, currency, unit: 'm' });
}

/** "≈ US$9 bn at 90 RUB per USD (rate of Dec 2023)" — the conversion with its rate and date, or null. */
export function conversionNote(money: Money | null): string | null {
  if (!money?.usd) return null;
  const { amountBn, rate, rateUnit, rateDate } = money.usd;
  return `≈ ${formatBn(amountBn, 'USD')} at ${formatNumber(rate, 2)} ${rateUnit} (rate of ${formatPartialDate(rateDate)})`;
}

/** The original amount as written in the source, with its scope when it has one. */
export function originalAmount(money: Money | null): string | null {
  return money ? formatAmount(money) : null;
}

/** A sum in one currency, flagged when any part was a range or a qualified ("about", "more than") amount. */
export interface CurrencySum {
  currency: Money['currency'];
  bn: number;
  count: number;
  inexact: boolean;
}

/** A range, or any qualifier ("about", "more than", …): the sum can only be approximate. */
function isInexact(money: Money): boolean {
  return money.amountMax !== undefined || money.qualifier !== undefined;
}

/** Sums per original currency (never across currencies); ranges count with their lower bound and flag the sum. */
export function sumByCurrency(values: readonly (Money | null)[]): CurrencySum[] {
  const sums = new Map<Money['currency'], CurrencySum>();
  for (const money of values) {
    if (!money) continue;
    const sum = sums.get(money.currency) ?? { currency: money.currency, bn: 0, count: 0, inexact: false };
    sum.bn += amountInBn(money);
    sum.count += 1;
    sum.inexact ||= isInexact(money);
    sums.set(money.currency, sum);
  }
  return [...sums.values()].sort((a, b) => CURRENCY_ORDER.indexOf(a.currency) - CURRENCY_ORDER.indexOf(b.currency));
}

/** The US$ total of the records that have a US$ value (native or the record's own conversion). */
export interface UsdSum {
  bn: number;
  /** How many records contributed, how many of them by conversion, and how many records there were. */
  count: number;
  converted: number;
  of: number;
  /** A part was a range (lower bound counted), qualified, or a conversion: the total is approximate. */
  inexact: boolean;
}

export function sumUsd(values: readonly (Money | null)[]): UsdSum {
  let bn = 0;
  let count = 0;
  let converted = 0;
  let inexact = false;
  for (const money of values) {
    const usd = usdBnOf(money);
    if (!usd || !money) continue;
    bn += usd.bn;
    count += 1;
    if (usd.converted) converted += 1;
    inexact ||= isInexact(money);
  }
  return { bn, count, converted, of: values.length, inexact };
}

/** "₽820 bn" for a per-currency sum; "≈" when a part was a range (its lower bound counted) or qualified. */
export function formatCurrencySum(sum: CurrencySum): string {
  return `${sum.inexact ? '≈' : ''}${formatBn(sum.bn, sum.currency)}`;
}

/** "US$27.4 bn (3 of 12 projects have a US$ value; 1 converted)". */
export function formatUsdSum(sum: UsdSum, noun = 'projects'): string {
  if (sum.count === 0) return `no US$ value (0 of ${sum.of} ${noun} have one)`;
  const converted = sum.converted > 0 ? `; ${sum.converted} converted at the record's stated rate` : '';
  return `${sum.inexact ? '≈' : ''}${formatBn(sum.bn, 'USD')} (${sum.count} of ${sum.of} ${noun} have a US$ value${converted})`;
}
