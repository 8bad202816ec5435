/** Number and amount formatting shared by every panel. Amounts keep their original currency and unit. */

const CURRENCY_SYMBOL: Record<string, string> = { USD: 'US$', RUB: '₽', CNY: 'CN¥' };
const UNIT_WORD: Record<string, string> = { m: 'm', bn: 'bn', trn: 'trn' };
const QUALIFIER_WORD: Record<string, string> = { about: '~', 'more-than': '>', 'less-than': '<', 'up-to': '≤' };

/** Intl.NumberFormat is costly to build and charts format thousands of labels per filter change: build each once. */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, maximumFractionDigits = 1): string {
  let format = NUMBER_FORMATS.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits });
    NUMBER_FORMATS.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

/**
 * Builds the number formats the summaries use, ahead of the data: the first Intl.NumberFormat loads ICU's number data
 * (about 20 ms here, 75 ms on Lighthouse's throttled phone), and otherwise that landed in the long task that renders
 * the arrived data. Called when the main thread is idle while the data files download.
 */
export function warmUpNumberFormats(): void {
  for (const digits of [0, 1, 2, 3, 6]) formatNumber(0, digits);
}

export interface AmountLike {
  amount: number;
  amountMax?: number | undefined;
  currency: string;
  unit: string;
  qualifier?: string | undefined;
}

/** `{amount: 820, currency: 'RUB', unit: 'bn', qualifier: 'about'}` → `~₽820 bn`. */
export function formatAmount(money: AmountLike): string {
  const symbol = CURRENCY_SYMBOL[money.currency] ?? `${money.currency} `;
  const qualifier = money.qualifier ? (QUALIFIER_WORD[money.qualifier] ?? '') : '';
  const range = money.amountMax !== undefined ? `${formatNumber(money.amount, 3)}–${formatNumber(money.amountMax, 3)}` : formatNumber(money.amount, 3);
  return `${qualifier}${symbol}${range} ${UNIT_WORD[money.unit] ?? money.unit}`;
}

export function formatUsdBn(value: number): string {
  return `US$${formatNumber(value, 2)} bn`;
}

export function formatBcm(value: number): string {
  return `${formatNumber(value, 2)} bcm`;
}

export function formatPercent(value: number, digits = 1): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), digits)}%`;
}

export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count, 0)} ${count === 1 ? singular : plural}`;
}
