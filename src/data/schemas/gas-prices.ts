import * as z from 'zod/mini';
import {
  confidence,
  derivedMethodCheck,
  id,
  nonEmpty,
  partialDate,
  positive,
  requiredSources,
  year,
  strictObject,
} from './common';

export const gasPricesRecordSchema = strictObject({
  id,
  year,
  destination: z.enum(['china', 'europe-turkey']),
  usdPer1000m3: positive,
  kind: z.enum(['actual', 'forecast', 'estimate']),
  /** When the figure was published (forecast vintages disagree, so they are kept apart). */
  vintage: partialDate,
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck);
