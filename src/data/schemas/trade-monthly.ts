import * as z from 'zod/mini';
import { derivedMethodCheck, id, month, nonEmpty, positive, requiredSources, strictObject } from './common';
import { tradeAlternatives, tradeFlags } from './trade-common';

/**
 * Single months only; a month with no sourced figure is absent (never 0). A month known only inside a combined figure
 * (China's January–February) is a `combined-months` record of trade-periods, never split into months here.
 */
export const tradeMonthlyRecordSchema = strictObject({
  id,
  month,
  totalUsdBn: positive,
  exportsUsdBn: z.optional(positive),
  importsUsdBn: z.optional(positive),
  sources: requiredSources,
  confidence: z.enum(['confirmed', 'derived', 'approximate']),
  method: z.optional(nonEmpty),
  alternatives: tradeAlternatives,
  flags: tradeFlags,
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck);
