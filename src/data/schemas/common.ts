/**
 * Shared field types of every data file (see docs/data-format.md). zod/mini keeps the bundle small; records are
 * validated one by one against the per-dataset schemas, so a bad record is rejected alone.
 */
import * as z from 'zod/mini';

/** What a value is, for error messages ("nothing" for a missing field). */
function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}

/**
 * Plain-English messages for zod's built-in issues (zod/mini ships no locale, so they would all read "Invalid input").
 * Messages written on a check (e.g. 'must be a kebab-case id') take precedence. Installed only when no locale is set.
 */
export const dataErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${describeInput(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, received ${describeInput(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item' : 'character'}${Number(issue.minimum) === 1 ? '' : 's'}`
        : `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)}`
        : `must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
};
if (!z.config().localeError) z.config({ localeError: dataErrorMap });

/** kebab-case: lower-case letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" (shape only; `isRealPartialDate` checks the calendar). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const MONTH_PATTERN = /^\d{4}-\d{2}$/;

/** True for a PartialDate that names a real calendar year, month or day (no 2023-02-30, no month 13). */
export function isRealPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (y < 1000) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The first and last calendar day a PartialDate covers, as "YYYY-MM-DD" strings (comparable as text). */
export function partialDateBounds(value: string): { first: string; last: string } {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return { first: value, last: value };
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True for an absolute http: or https: URL (no javascript:, data:, relative paths, spaces or "…" truncation). */
export function isHttpUrl(value: string): boolean {
  if (/\s|…/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** `z.strictObject` whose unknown-key error names the keys (so a typo in a field name is reported, not dropped). */
export function strictObject<const S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
  });
}

export const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
export const id = z.string().check(z.regex(ID_PATTERN, 'must be a kebab-case id'));
export const partialDate = z
  .string()
  .check(z.refine(isRealPartialDate, 'must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD'));
export function isRealMonth(value: string): boolean {
  return MONTH_PATTERN.test(value) && isRealPartialDate(value);
}
export const month = z.string().check(z.refine(isRealMonth, 'must be a real calendar month: YYYY-MM'));
export const year = z
  .number()
  .check(z.int('must be a whole year'), z.gte(1800, 'is too early'), z.lte(2100, 'is too late'));
export const httpUrl = z.string().check(z.refine(isHttpUrl, 'must be an absolute http(s) URL'));
export const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
export const positive = z.number().check(z.gt(0, 'must be greater than 0'));
export const nonNegative = z.number().check(z.gte(0, 'must not be negative'));
export const percent = z.number().check(z.gte(0, 'must be at least 0'), z.lte(100, 'must be at most 100'));

export const CONFIDENCES = ['confirmed', 'derived', 'approximate', 'seed-only'] as const;
export const confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidence>;

/** Source ids (into sources.json). `sourceIds` may be empty; `requiredSources` needs at least one. */
export const sourceIds = z.array(id);
export const requiredSources = z.array(id).check(z.minLength(1, 'needs at least one source'));

export const names = strictObject({ en: nonEmpty, ru: z.optional(nonEmpty), zh: z.optional(nonEmpty) });
export type Names = z.infer<typeof names>;

/** The currencies amounts are printed in. Aggregates use the first three; projects also carry euro contracts. */
export const CURRENCIES = ['USD', 'RUB', 'CNY', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const AMOUNT_UNITS = ['m', 'bn', 'trn'] as const;
export const QUALIFIERS = ['about', 'more-than', 'less-than', 'up-to'] as const;

/** How a source states the rate: per US$ for the ruble and the yuan, US$ per euro for the euro (as printed). */
export const RATE_UNITS = ['RUB per USD', 'CNY per USD', 'USD per EUR'] as const;
export const RATE_UNIT_OF: Record<Exclude<Currency, 'USD'>, (typeof RATE_UNITS)[number]> = {
  RUB: 'RUB per USD',
  CNY: 'CNY per USD',
  EUR: 'USD per EUR',
};
/** True when a conversion's rate unit fits the currency converted (a US$ amount needs none). */
export function rateUnitFits(currency: Currency, rateUnit: string): boolean {
  return currency !== 'USD' && RATE_UNIT_OF[currency] === rateUnit;
}

export const usdConversion = strictObject({
  amountBn: positive,
  rate: positive,
  rateUnit: z.enum(RATE_UNITS),
  rateDate: partialDate,
  method: nonEmpty,
  sources: requiredSources,
});

export const money = strictObject({
  amount: positive,
  amountMax: z.optional(positive),
  currency: z.enum(['USD', 'RUB', 'CNY']),
  unit: z.enum(AMOUNT_UNITS),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  scope: z.optional(nonEmpty),
  usd: z.optional(usdConversion),
}).check(
  z.refine((m) => m.amountMax === undefined || m.amountMax >= m.amount, {
    message: 'amountMax must be ≥ amount',
    path: ['amountMax'],
  }),
  z.refine((m) => m.usd === undefined || m.currency !== 'USD', {
    message: 'a USD amount needs no conversion',
    path: ['usd'],
  }),
  z.refine((m) => m.usd === undefined || m.currency === 'USD' || rateUnitFits(m.currency, m.usd.rateUnit), {
    message: 'rateUnit must match the currency',
    path: ['usd', 'rateUnit'],
  }),
);
export type Money = z.infer<typeof money>;

export const location = strictObject({
  lat: z.number().check(z.gte(-90, 'latitude must be ≥ −90'), z.lte(90, 'latitude must be ≤ 90')),
  lon: z.number().check(z.gte(-180, 'longitude must be ≥ −180'), z.lte(180, 'longitude must be ≤ 180')),
  confidence: z.enum(['confirmed', 'approximate']),
  sources: sourceIds,
  note: z.optional(nonEmpty),
}).check(
  z.refine((l) => l.confidence !== 'confirmed' || l.sources.length > 0, {
    message: 'a confirmed location needs a source',
    path: ['sources'],
  }),
  z.refine((l) => l.sources.length > 0 || l.note !== undefined, {
    message: 'an unsourced (approximate) location needs a note saying where it comes from',
    path: ['note'],
  }),
);

export const articleClaim = strictObject({
  wording: nonEmpty,
  value: z.optional(finite),
  unit: z.optional(nonEmpty),
  date: z.optional(nonEmpty),
  correction: nonEmpty,
});
export type ArticleClaim = z.infer<typeof articleClaim>;

/** A record whose confidence is `derived` must say how (`method`). */
interface HasConfidence {
  confidence: string;
  method?: string | undefined;
}
export function derivedNeedsMethod(r: HasConfidence): boolean {
  return r.confidence !== 'derived' || (typeof r.method === 'string' && r.method.length > 0);
}
export const derivedMethodCheck = z.refine<HasConfidence>(derivedNeedsMethod, {
  message: 'a derived record must say its method',
  path: ['method'],
});

/** A record dated `date` … `endDate` (a span, or a statement known only to lie in that window) must not end before it starts. */
export const endDateCheck = z.refine<{ date: string; endDate?: string | undefined }>(
  (r) => r.endDate === undefined || partialDateBounds(r.endDate).last >= partialDateBounds(r.date).first,
  { message: 'endDate must not be before date', path: ['endDate'] },
);

/** The top-level shape of every file; records are validated separately, one by one. */
export function envelopeSchema<D extends string>(dataset: D) {
  return strictObject({
    schemaVersion: z.literal(1),
    dataset: z.literal(dataset),
    title: nonEmpty,
    asOf: partialDate,
    note: z.optional(nonEmpty),
    records: z.array(z.unknown()),
  });
}
