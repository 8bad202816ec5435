import * as z from 'zod/mini';
import { derivedMethodCheck, id, month, nonEmpty, positive, requiredSources, strictObject } from './common';

/** Single months only; a month with no sourced figure is absent (never 0). */
export const tradeMonthlyRecordSchema = strictObject({
    id,
    month,
    totalUsdBn: positive,
    exportsUsdBn: z.optional(positive),
    importsUsdBn: z.optional(positive),
    sources: requiredSources,
    confidence: z.enum(['confirmed', 'derived', 'approximate']),
    method: z.optional(nonEmpty),
    note: z.optional(nonEmpty),
  })
  .check(derivedMethodCheck);
export type TradeMonthlyRecord = z.infer<typeof tradeMonthlyRecordSchema>;
