import * as z from 'zod/mini';
import {
  articleClaim,
  confidence,
  derivedMethodCheck,
  id,
  location,
  names,
  nonEmpty,
  partialDate,
  sourceIds,
  strictObject,
} from './common';

export const PLACE_KINDS = [
  'crossing',
  'sez',
  'free-port',
  'island',
  'chokepoint',
  'bridge',
  'city',
  'port',
  'tripoint',
] as const;
export const PLACE_MODES = ['road', 'rail', 'river', 'bridge', 'air'] as const;
export const PLACE_STATUSES = ['operating', 'closed', 'planned', 'under-construction', 'suspended', 'unknown'] as const;

export const placesRecordSchema = strictObject({
  id,
  name: names,
  kind: z.enum(PLACE_KINDS),
  modes: z.array(z.enum(PLACE_MODES)),
  counterpart: z.optional(names),
  regions: z.array(id),
  opened: z.nullable(partialDate),
  openedNote: z.optional(nonEmpty),
  status: z.enum(PLACE_STATUSES),
  throughput: z.optional(nonEmpty),
  heilongjiangPort: z.boolean(),
  location: z.nullable(location),
  /** Required (≥ 1) when the place carries a date or coordinate; may be empty for a bare name. */
  sources: sourceIds,
  confidence,
  method: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
  articleClaim: z.optional(articleClaim),
}).check(
  derivedMethodCheck,
  z.refine(
    (p) =>
      p.sources.length > 0 ||
      (p.opened === null && (p.location === null || p.location.sources.length === 0) && p.throughput === undefined),
    {
      message: 'a place with a date, a sourced coordinate or a throughput figure needs a source',
      path: ['sources'],
    },
  ),
  z.refine((p) => new Set(p.modes).size === p.modes.length, { message: 'modes must not repeat', path: ['modes'] }),
);
