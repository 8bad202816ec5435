import * as z from 'zod/mini';
import {
  AMOUNT_UNITS,
  CURRENCIES,
  QUALIFIERS,
  RATE_UNITS,
  confidence,
  derivedMethodCheck,
  id,
  location,
  names,
  nonEmpty,
  partialDate,
  percent,
  positive,
  rateUnitFits,
  requiredSources,
  strictObject,
  type Currency,
} from './common';

/**
 * Where a project stands. The path announced → agreed → under construction → operating or completed (a loan repaid, a
 * contract delivered, a one-off deal closed); suspended, stalled (postponed, shelved, the Chinese party withdrew) and
 * cancelled are the "troubled" ways off it.
 */
export const PROJECT_STATUSES = [
  'announced',
  'agreed',
  'under-construction',
  'operating',
  'completed',
  'suspended',
  'stalled',
  'cancelled',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** The statuses analysts ask for as one list: deals that stopped, stalled or fell through. */
export const TROUBLED_STATUSES: readonly ProjectStatus[] = ['suspended', 'stalled', 'cancelled'];

/**
 * What kind of money a project is: unlike kinds are never added up without saying so (a loan, a contract won by a
 * Chinese builder and a memorandum are not the same US$1 bn).
 */
export const DEAL_TYPES = ['equity', 'loan', 'contract', 'purchase-prepayment', 'fund', 'plan'] as const;
export type DealType = (typeof DEAL_TYPES)[number];
export const DEAL_TYPE_LABELS: Record<DealType, string> = {
  equity: 'Equity investment',
  loan: 'Loan or credit line',
  contract: 'Construction or supply contract',
  'purchase-prepayment': 'Purchase contract with prepayment',
  fund: 'Fund or framework',
  plan: 'Plan or MoU',
};

/** A US$ equivalent a source states (its rate and date, or the rate implied by the source's own two figures). */
export const usdRange = strictObject({
  lowBn: positive,
  highBn: positive,
  rate: positive,
  rateUnit: z.enum(RATE_UNITS),
  rateDate: partialDate,
  method: nonEmpty,
  sources: requiredSources,
}).check(z.refine((u) => u.highBn >= u.lowBn, { message: 'highBn must be ≥ lowBn', path: ['highBn'] }));

const projectValueShape = {
  low: positive,
  high: positive,
  currency: z.enum(CURRENCIES),
  unit: z.enum(AMOUNT_UNITS),
  /** What the number is: "loan", "contract value", "investment", "stake price", "prepayment", "project budget" … */
  measures: nonEmpty,
  /** The value as the source prints it. */
  asPrinted: nonEmpty,
  qualifier: z.optional(z.enum(QUALIFIERS)),
  usd: z.optional(usdRange),
};

interface ValueFields {
  low: number;
  high: number;
  currency: Currency;
  usd?: { rateUnit: string } | undefined;
}
const valueChecks = [
  z.refine<ValueFields>((v) => v.high >= v.low, {
    message: 'high must be ≥ low (a point value has low = high)',
    path: ['high'],
  }),
  z.refine<ValueFields>((v) => v.usd === undefined || v.currency !== 'USD', {
    message: 'a USD value needs no US$ equivalent',
    path: ['usd'],
  }),
  z.refine<ValueFields>(
    (v) => v.usd === undefined || v.currency === 'USD' || rateUnitFits(v.currency, v.usd.rateUnit),
    {
      message: 'rateUnit must match the currency',
      path: ['usd', 'rateUnit'],
    },
  ),
];

/** A project's value: currency, low and high, what it measures, as printed, and a stated US$ equivalent if any. */
export const projectValue = strictObject(projectValueShape).check(...valueChecks);
export type ProjectValue = z.infer<typeof projectValue>;

/** Another figure for the same project (a second tranche, a conflicting report), with why it is another figure. */
export const otherProjectValue = strictObject({
  ...projectValueShape,
  note: nonEmpty,
  sources: z.optional(requiredSources),
}).check(...valueChecks);

export const projectsRecordSchema = strictObject({
  id,
  name: names,
  sector: id,
  dealType: z.enum(DEAL_TYPES),
  regions: z.array(id).check(z.minLength(1, 'needs at least one region')),
  place: z.optional(nonEmpty),
  chineseParty: nonEmpty,
  chineseStakePct: z.nullable(percent),
  value: z.nullable(projectValue),
  otherValues: z.optional(z.array(otherProjectValue)),
  capacity: z.optional(nonEmpty),
  dates: strictObject({
    announced: z.optional(partialDate),
    signed: z.optional(partialDate),
    started: z.optional(partialDate),
    completed: z.optional(partialDate),
  }),
  status: z.enum(PROJECT_STATUSES),
  /** null when the source that gives the status carries no visible date (see docs/data-format.md). */
  statusAsOf: z.nullable(partialDate),
  statusNote: nonEmpty,
  location: z.nullable(location),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck);
