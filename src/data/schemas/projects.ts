import * as z from 'zod/mini';
import { confidence, derivedMethodCheck, id, location, money, names, nonEmpty, partialDate, percent, requiredSources, strictObject } from './common';

export const PROJECT_STATUSES = ['announced', 'agreed', 'under-construction', 'operating', 'suspended', 'cancelled'] as const;

export const projectsRecordSchema = strictObject({
    id,
    name: names,
    sector: id,
    regions: z.array(id).check(z.minLength(1, 'needs at least one region')),
    place: z.optional(nonEmpty),
    chineseParty: nonEmpty,
    chineseStakePct: z.nullable(percent),
    value: z.nullable(money),
    capacity: z.optional(nonEmpty),
    dates: strictObject({
      announced: z.optional(partialDate),
      signed: z.optional(partialDate),
      started: z.optional(partialDate),
      completed: z.optional(partialDate),
    }),
    status: z.enum(PROJECT_STATUSES),
    /** null when the source that gives the status carries no visible date (see docs/data-format.md). */
    statusAsOf: z.nullable(partialDate),
    statusNote: nonEmpty,
    location: z.nullable(location),
    sources: requiredSources,
    confidence,
    method: z.optional(nonEmpty),
    note: z.optional(nonEmpty),
  })
  .check(derivedMethodCheck);
export type ProjectRecord = z.infer<typeof projectsRecordSchema>;
