import * as z from 'zod/mini';
import { confidence, derivedMethodCheck, id, nonEmpty, partialDate, requiredSources, strictObject } from './common';

export const GAS_ACTORS = [
  'gazprom',
  'cnpc',
  'pipechina',
  'kremlin',
  'beijing',
  'mongolia',
  'media',
  'russian-government',
] as const;
export const GAS_MARKERS = [
  'contract',
  'mou',
  'legally-binding-memorandum',
  'agreement',
  'no-deal',
  'report',
  'milestone',
] as const;

export const gasEventsRecordSchema = strictObject({
  id,
  date: partialDate,
  title: nonEmpty,
  detail: nonEmpty,
  actors: z.array(z.enum(GAS_ACTORS)),
  quote: z.optional(strictObject({ speaker: nonEmpty, text: nonEmpty })),
  marker: z.enum(GAS_MARKERS),
  routes: z.array(id),
  sources: requiredSources,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
}).check(derivedMethodCheck);
