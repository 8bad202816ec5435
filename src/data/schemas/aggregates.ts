import * as z from 'zod/mini';
import {
  articleClaim,
  confidence,
  derivedMethodCheck,
  endDateCheck,
  id,
  money,
  nonEmpty,
  nonNegative,
  partialDate,
  requiredSources,
  strictObject,
} from './common';

export const aggregatesRecordSchema = strictObject({
  id,
  topic: z.enum(['investment', 'crossings']),
  label: nonEmpty,
  kind: z.enum(['portfolio', 'pledge', 'realised', 'planned', 'in-preparation', 'count']),
  scope: nonEmpty,
  date: partialDate,
  /** Optional: when the statement's date is only known to lie in a window (date … endDate). */
  endDate: z.optional(partialDate),
  speaker: z.optional(nonEmpty),
  /** The number of projects — or, for `kind: "count"`, the number counted (e.g. ports). */
  projectCount: z.nullable(nonNegative),
  countQualifier: z.optional(z.enum(['about', 'more-than', 'less-than', 'up-to'])),
  value: z.nullable(money),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
  articleClaim: z.optional(articleClaim),
}).check(
  derivedMethodCheck,
  endDateCheck,
  z.refine((a) => a.kind !== 'count' || a.projectCount !== null, {
    message: 'a count record needs its count',
    path: ['projectCount'],
  }),
);
