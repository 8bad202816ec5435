import * as z from 'zod/mini';
import {
  confidence,
  derivedMethodCheck,
  id,
  nonEmpty,
  nonNegative,
  requiredSources,
  year,
  strictObject,
} from './common';

export const gasSuppliersRecordSchema = strictObject({
  id,
  year,
  supplier: nonEmpty,
  mode: z.enum(['pipeline', 'lng']),
  metric: z.enum(['value-usd-bn', 'volume-mt', 'volume-bcm', 'share-pct']),
  value: nonNegative,
  /** Optional: a part-year period, e.g. "Jan–Oct". */
  period: z.optional(nonEmpty),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(
  derivedMethodCheck,
  z.refine((s) => s.metric !== 'share-pct' || s.value <= 100, {
    message: 'a share must be at most 100',
    path: ['value'],
  }),
);
