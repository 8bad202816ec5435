import type { DatasetName } from '../registry';

/** A change to a file's valid record that its schema must reject. */
export interface BrokenCase {
  what: string;
  patch: Record<string, unknown>;
  /** Every field the schema finds at fault, in its order ('' is the record itself). */
  fields: string[];
  /** The line a user sees for the rejected record: `file › record id › field: what is wrong` (the first fault). */
  message: string;
}

/** One data file's schema cases, for src/data/schemas/record-schemas.test.ts. */
export interface SchemaCase {
  /** A record the schema accepts as it is. */
  valid: { id: string } & Record<string, unknown>;
  /** Changes to `valid` that the schema still accepts. */
  accepted: [what: string, patch: Record<string, unknown>][];
  broken: BrokenCase[];
}

export type SchemaCases = Partial<Record<DatasetName, SchemaCase>>;
