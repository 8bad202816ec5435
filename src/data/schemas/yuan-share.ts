import * as z from 'zod/mini';
import {
  confidence,
  derivedMethodCheck,
  id,
  nonEmpty,
  partialDate,
  percent,
  requiredSources,
  strictObject,
} from './common';

export const yuanShareRecordSchema = strictObject({
  id,
  date: partialDate,
  metric: id,
  label: nonEmpty,
  valuePct: percent,
  scope: nonEmpty,
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck);
