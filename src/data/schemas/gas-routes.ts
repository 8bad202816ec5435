import * as z from 'zod/mini';
import {
  articleClaim,
  confidence,
  derivedMethodCheck,
  id,
  names,
  nonEmpty,
  partialDate,
  positive,
  requiredSources,
  strictObject,
} from './common';

export const gasRoutesRecordSchema = strictObject({
  id,
  name: names,
  kind: z.enum(['pipeline', 'lng']),
  route: nonEmpty,
  capacityBcm: z.nullable(positive),
  capacityHistory: z.array(
    strictObject({
      date: partialDate,
      bcm: positive,
      sources: requiredSources,
      confidence,
      note: z.optional(nonEmpty),
    }),
  ),
  status: z.enum(['operating', 'under-construction', 'memorandum', 'planned']),
  /** A PartialDate when sourced exactly, otherwise the sourced wording (e.g. "no later than 2027"). */
  firstGas: z.optional(nonEmpty),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
  articleClaim: z.optional(articleClaim),
}).check(derivedMethodCheck);
