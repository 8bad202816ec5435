import * as z from 'zod/mini';
import {
  confidence,
  isRealMonth,
  derivedMethodCheck,
  finite,
  id,
  month,
  nonEmpty,
  positive,
  requiredSources,
  strictObject,
} from './common';
import { tradeAlternatives, tradeFlags } from './trade-common';

/**
 * What a period is: `combined-months` = consecutive months known only together (China customs' January–February, or
 * the difference of two year-to-date totals), drawn in the monthly series as one period; `year-to-date` = a cumulative
 * total from January, for reference and derivations. A record without `kind` (format 1 files) is shown as reference
 * only, like year-to-date.
 */
export const PERIOD_KINDS = ['combined-months', 'year-to-date'] as const;

/** Figures over several months, `from` and `to` inclusive. */
export const tradePeriodsRecordSchema = strictObject({
  id,
  kind: z.optional(z.enum(PERIOD_KINDS)),
  from: month,
  to: month,
  totalUsdBn: positive,
  exportsUsdBn: z.optional(positive),
  importsUsdBn: z.optional(positive),
  yoyPct: z.optional(finite),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  alternatives: tradeAlternatives,
  flags: tradeFlags,
  note: z.optional(nonEmpty),
}).check(
  derivedMethodCheck,
  z.refine((p) => !isRealMonth(p.from) || !isRealMonth(p.to) || p.to >= p.from, {
    message: 'to must not be before from',
    path: ['to'],
  }),
  z.refine((p) => p.kind !== 'year-to-date' || p.from.endsWith('-01'), {
    message: 'a year-to-date period starts in January',
    path: ['from'],
  }),
  z.refine((p) => p.kind !== 'year-to-date' || p.to.slice(0, 4) === p.from.slice(0, 4), {
    message: 'a year-to-date period ends in the year it starts',
    path: ['to'],
  }),
  z.refine((p) => p.kind !== 'combined-months' || p.to > p.from, {
    message: 'combined months span at least two months',
    path: ['to'],
  }),
);
