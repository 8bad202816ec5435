import * as z from 'zod/mini';
import { id, nonEmpty, strictObject } from './common';

export const sectorsRecordSchema = strictObject({ id, label: nonEmpty, note: z.optional(nonEmpty) });
