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

export const gasFlowsRecordSchema = strictObject({
  id,
  series: z.enum(['pos1-to-china', 'russia-to-europe']),
  year,
  /** Optional: last year of a multi-year figure (e.g. the 2018–2019 peak). */
  yearEnd: z.optional(year),
  bcm: nonNegative,
  bcmMax: z.optional(nonNegative),
  qualifier: z.optional(z.enum(['about', 'more-than', 'less-than', 'up-to'])),
  scope: z.optional(nonEmpty),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(
  derivedMethodCheck,
  z.refine((f) => f.bcmMax === undefined || f.bcmMax >= f.bcm, { message: 'bcmMax must be ≥ bcm', path: ['bcmMax'] }),
  z.refine((f) => f.yearEnd === undefined || f.yearEnd >= f.year, {
    message: 'yearEnd must not be before year',
    path: ['yearEnd'],
  }),
);
