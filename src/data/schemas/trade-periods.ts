import * as z from 'zod/mini';
import { confidence, isRealMonth, derivedMethodCheck, finite, id, month, nonEmpty, positive, requiredSources, strictObject } from './common';

/** Cumulative figures (Jan–May …), `from` and `to` inclusive. */
export const tradePeriodsRecordSchema = strictObject({
    id,
    from: month,
    to: month,
    totalUsdBn: positive,
    exportsUsdBn: z.optional(positive),
    importsUsdBn: z.optional(positive),
    yoyPct: z.optional(finite),
    sources: requiredSources,
    confidence,
    method: z.optional(nonEmpty),
    note: z.optional(nonEmpty),
  })
  .check(
    derivedMethodCheck,
    z.refine((p) => !isRealMonth(p.from) || !isRealMonth(p.to) || p.to >= p.from, { message: 'to must not be before from', path: ['to'] }),
  );
export type TradePeriodRecord = z.infer<typeof tradePeriodsRecordSchema>;
