import * as z from 'zod/mini';
import { id, names, nonEmpty, strictObject } from './common';

export const regionsRecordSchema = strictObject({
  id,
  country: z.enum(['RU', 'CN', 'MN', 'KP']),
  kind: z.enum(['federal-subject', 'province', 'macro-region', 'country']),
  name: names,
  note: z.optional(nonEmpty),
});
