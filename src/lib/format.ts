/** Number and amount formatting shared by every panel. Amounts keep their original currency and unit. */

const CURRENCY_SYMBOL: Record<string, string> = { USD: 'US$', RUB: '₽', CNY: 'CN¥', EUR: '€' };
const UNIT_WORD: Record<string, string> = { m: 'm', bn: 'bn', trn: 'trn' };
const QUALIFIER_WORD: Record<string, string> = { about: '~', 'more-than': '>', 'less-than': '<', 'up-to': '≤' };

/**
 * Numbers as en-GB Intl.NumberFormat writes them (`12,345.6`; at most `maximumFractionDigits` decimals, rounded half
 * away from zero, trailing zeros dropped), without Intl: the first Intl.NumberFormat loads ICU's number data (about
 * 20 ms here, 75 ms on Lighthouse's throttled phone), and that cost landed in the render of the arrived data, the
 * page's longest task at load. Rounding works on the number's shortest decimal form, as ICU's does, so 1.005 → 1.01.
 * The rare numbers JavaScript writes with an exponent (below 1e-6, from 1e21) and non-finite ones go to Intl.
 */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  const text = String(value);
  if (!Number.isFinite(value) || text.includes('e')) return intlFormat(value, maximumFractionDigits);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = Math.max(0, Math.floor(maximumFractionDigits));
  let kept = whole + fraction.slice(0, digits);
  if ((fraction.charCodeAt(digits) || 48) >= 53) kept = incrementDecimal(kept);
  const keptFraction = Math.min(digits, fraction.length);
  const intPart = kept.slice(0, kept.length - keptFraction);
  const fracPart = kept.slice(kept.length - keptFraction).replace(/0+$/, '');
  // Intl keeps the sign of a negative number that rounds to zero ("-0"), and of -0 itself.
  const sign = negative || Object.is(value, -0) ? '-' : '';
  return `${sign}${groupThousands(intPart)}${fracPart ? `.${fracPart}` : ''}`;
}

/** "199" → "200", "99" → "100": adds one to a string of decimal digits. */
function incrementDecimal(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1);
}

function groupThousands(intPart: string): string {
  const head = intPart.length % 3 || 3;
  let out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += `,${intPart.slice(i, i + 3)}`;
  return out;
}

const INTL_FORMATS = new Map<number, Intl.NumberFormat>();

function intlFormat(value: number, maximumFractionDigits: number): string {
  let format = INTL_FORMATS.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits });
    INTL_FORMATS.set(maximumFractionDigits, format);
  }
  return format.format(value);
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
  const range =
    money.amountMax !== undefined
      ? `${formatNumber(money.amount, 3)}–${formatNumber(money.amountMax, 3)}`
      : formatNumber(money.amount, 3);
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
