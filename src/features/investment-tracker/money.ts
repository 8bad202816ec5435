import type { Currency, Money } from '@/data/schemas/common';
import { formatAmount, formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';

/** US$ first (the comparable one), then the ruble, the yuan and the euro. */
export const CURRENCY_ORDER: readonly Currency[] = ['USD', 'RUB', 'CNY', 'EUR'];
export const UNIT_IN_BN: Record<Money['unit'], number> = { m: 0.001, bn: 1, trn: 1000 };

/** An amount in billions of its own currency (units differ between records: m, bn, trn). */
export function amountInBn(money: Pick<Money, 'amount' | 'unit'>): number {
  return money.amount * UNIT_IN_BN[money.unit];
}

/**
 * An amount given in billions, written in the unit that reads best: US$541 m, ₽90 bn, ₽1.08 trn. With `highBn` (above
 * `bn`) it is a range in one unit, chosen by its upper end: US$400–500 m, US$10–11 bn.
 */
export function formatBn(bn: number, currency: Currency, highBn?: number): string {
  const top = highBn ?? bn;
  const round = (v: number) => Number(formatNumber(v, v < 10 ? 2 : 1).replace(/,/g, ''));
  const range = highBn !== undefined && highBn > bn;
  const scaled = (scale: number, toNumber: (v: number) => number) => ({
    amount: toNumber(bn / scale),
    amountMax: range ? toNumber(top / scale) : undefined,
  });
  if (top >= 1000) return formatAmount({ ...scaled(1000, round), currency, unit: 'trn' });
  if (top >= 1) return formatAmount({ ...scaled(1, round), currency, unit: 'bn' });
  return formatAmount({ ...scaled(0.001, (v) => Math.round(v * 10) / 10), currency, unit: 'm' });
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
