import * as z from 'zod/mini';
import {
  confidence,
  derivedMethodCheck,
  finite,
  id,
  nonEmpty,
  positive,
  requiredSources,
  year,
  strictObject,
} from './common';
import { tradeAlternatives, tradeFlags } from './trade-common';

export const tradeAnnualRecordSchema = strictObject({
  id,
  year,
  totalUsdBn: positive,
  qualifier: z.optional(z.enum(['about', 'more-than', 'less-than'])),
  yoyPct: z.optional(finite),
  /** China → Russia. */
  exportsUsdBn: z.optional(positive),
  /** Russia → China. */
  importsUsdBn: z.optional(positive),
  exportsYoyPct: z.optional(finite),
  importsYoyPct: z.optional(finite),
  basis: z.literal('GACC'),
  alternatives: tradeAlternatives,
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  flags: tradeFlags,
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck);
