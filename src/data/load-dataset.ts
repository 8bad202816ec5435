import { pathOf, recordIdOf, recordLine } from './record-walk';
import { envelopeSchema } from './schemas/common';
import { recordSchemas, type DatasetName, type DatasetRecord } from './schemas/registry';

/** One record that failed its schema: shown to the user with the file, record and field it concerns. */
export interface RejectedRecord {
  index: number;
  id: string;
  field: string;
  message: string;
}

export interface LoadedDataset<N extends DatasetName = DatasetName> {
  name: N;
  file: string;
  title: string;
  asOf: string;
  note?: string | undefined;
  records: DatasetRecord<N>[];
  rejected: RejectedRecord[];
}

export type DatasetErrorKind = 'http' | 'network' | 'not-json' | 'shape';

/** A file that could not be used at all (as opposed to single rejected records). */
export class DatasetLoadError extends Error {
  readonly file: string;
  readonly kind: DatasetErrorKind;
  constructor(file: string, kind: DatasetErrorKind, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'DatasetLoadError';
    this.file = file;
    this.kind = kind;
  }
}

export function datasetFile(name: DatasetName): string {
  return `data/${name}.json`;
}

/**
 * Validates parsed JSON: the envelope must be right (otherwise nothing is usable), then each record on its own, so
 * one bad record is rejected with its reason while the valid ones are kept. Pure; used by the loader and the importer.
 */
export function parseDataset<N extends DatasetName>(
  name: N,
  json: unknown,
  file = datasetFile(name),
): LoadedDataset<N> {
  const envelope = envelopeSchema(name).safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    throw new DatasetLoadError(
      file,
      'shape',
      `wrong top-level shape › ${pathOf(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const schema = recordSchemas[name];
  const records: DatasetRecord<N>[] = [];
  const rejected: RejectedRecord[] = [];
  envelope.data.records.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      records.push(result.data as DatasetRecord<N>);
    } else {
      const issue = result.error.issues[0];
      rejected.push({
        index,
        id: recordIdOf(raw, index),
        field: pathOf(issue?.path ?? []),
        message: issue?.message ?? 'invalid',
      });
    }
  });
  const { title, asOf, note } = envelope.data;
  return { name, file, title, asOf, note, records, rejected };
}

/** Fetches `data/<name>.json` relative to the app's base URL and validates it. The only code that fetches data. */
export async function loadDataset<N extends DatasetName>(name: N, signal?: AbortSignal): Promise<LoadedDataset<N>> {
  const file = datasetFile(name);
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${file}`, { signal: signal ?? null });
  } catch (error) {
    throw new DatasetLoadError(
      file,
      'network',
      `could not be loaded (${error instanceof Error ? error.message : 'network error'})`,
    );
  }
  if (!response.ok)
    throw new DatasetLoadError(
      file,
      'http',
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError(file, 'not-json', 'is not valid JSON');
  }
  return parseDataset(name, json, file);
}

/** The one line a user sees for a rejected record: `file › record id › field: what is wrong`. */
export function describeRejected(file: string, rejected: RejectedRecord): string {
  return recordLine(file, rejected.id, rejected.field, rejected.message);
}
