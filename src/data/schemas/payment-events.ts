import * as z from 'zod/mini';
import {
  confidence,
  derivedMethodCheck,
  endDateCheck,
  id,
  nonEmpty,
  partialDate,
  requiredSources,
  strictObject,
} from './common';

export const PAYMENT_CATEGORIES = ['sanction', 'bank-action', 'workaround', 'statement', 'trade-data'] as const;

export const paymentEventsRecordSchema = strictObject({
  id,
  date: partialDate,
  endDate: z.optional(partialDate),
  title: nonEmpty,
  detail: nonEmpty,
  category: z.enum(PAYMENT_CATEGORIES),
  actors: z.array(nonEmpty),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck, endDateCheck);
