import * as z from 'zod/mini';
import {
  articleClaim,
  confidence,
  derivedMethodCheck,
  endDateCheck,
  id,
  nonEmpty,
  partialDate,
  requiredSources,
  strictObject,
} from './common';

export const eventsRecordSchema = strictObject({
  id,
  date: partialDate,
  endDate: z.optional(partialDate),
  label: z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(60, 'must be short (≤ 60 characters) for chart annotations'),
    ),
  detail: nonEmpty,
  kind: z.enum(['policy', 'summit', 'war', 'sanction', 'agreement']),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
  articleClaim: z.optional(articleClaim),
}).check(derivedMethodCheck, endDateCheck);
