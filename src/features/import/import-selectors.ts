import { describeRejected, type LoadedDataset, type RejectedRecord } from '@/data/load-dataset';
import { isPlain } from '@/data/record-walk';
import { partialDateBounds } from '@/data/schemas/common';
import type { DatasetName } from '@/data/schemas/registry';
import { pluralise } from '@/lib/format';

interface WithId {
  id: string;
}

export interface UpdatedRecord {
  id: string;
  /** Top-level fields whose content differs from the loaded record. */
  fields: string[];
}

/** What applying an import would do to the loaded dataset. */
export interface ImportDiff {
  dataset: DatasetName;
  added: string[];
  updated: UpdatedRecord[];
  unchanged: string[];
  /** Loaded records the file does not mention (a merge keeps them). */
  kept: number;
  /** `file › id › field: message`, one per rejected record. */
  rejected: string[];
  summary: string;
  canApply: boolean;
}

/** Structural equality of JSON-like values; a key holding `undefined` counts as absent (as it would in JSON). */
export function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameContent(x, b[i]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameContent(a[k], b[k]));
}

export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameContent(a[k], b[k])).sort();
}

/** Compares the valid records of an import with the loaded ones, by id. `current` undefined = nothing loaded. */
export function diffImport(current: readonly WithId[] | undefined, imported: LoadedDataset): ImportDiff {
  const loaded = new Map((current ?? []).map((r) => [r.id, r]));
  const added: string[] = [];
  const updated: UpdatedRecord[] = [];
  const unchanged: string[] = [];
  for (const record of imported.records as WithId[]) {
    const before = loaded.get(record.id);
    if (!before) added.push(record.id);
    else if (sameContent(before, record)) unchanged.push(record.id);
    else updated.push({ id: record.id, fields: changedFields(before, record) });
  }
  const mentioned = new Set((imported.records as WithId[]).map((r) => r.id));
  const kept = (current ?? []).filter((r) => !mentioned.has(r.id)).length;
  const rejected = imported.rejected.map((r) => describeRejected(imported.file, r));
  const summary = [
    `${added.length} added`,
    `${updated.length} updated`,
    `${unchanged.length} unchanged`,
    `${rejected.length} rejected`,
  ].join(', ');
  return {
    dataset: imported.name,
    added,
    updated,
    unchanged,
    kept,
    rejected,
    summary: `${imported.name}: ${summary}; ${pluralise(kept, 'loaded record')} not in the file ${kept === 1 ? 'is' : 'are'} kept.`,
    canApply: added.length + updated.length > 0,
  };
}

/** The later of two PartialDates (by the last day each covers; on a tie, the more precise one). */
function newer(a: string, b: string): string {
  const [lastA, lastB] = [partialDateBounds(a).last, partialDateBounds(b).last];
  return lastB > lastA || (lastB === lastA && b.length > a.length) ? b : a;
}

/**
 * The dataset to put in the store: imported records replace loaded ones with the same id (in place), new ones are
 * appended, the rest are kept. The merged file is named after the import, so its rejected records read
 * `import.json › id › field`; a loaded file's own rejected records stay listed (with their file) unless the import
 * now supplies a valid record with that id.
 */
export function mergeImport(current: LoadedDataset | undefined, imported: LoadedDataset): LoadedDataset {
  if (!current) return imported;
  const incoming = new Map((imported.records as WithId[]).map((r) => [r.id, r]));
  const currentRecords = current.records as WithId[];
  const currentIds = new Set(currentRecords.map((r) => r.id));
  const records = [
    ...currentRecords.map((r) => incoming.get(r.id) ?? r),
    ...(imported.records as WithId[]).filter((r) => !currentIds.has(r.id)),
  ];
  const stillRejected: RejectedRecord[] = current.rejected
    .filter((r) => !incoming.has(r.id))
    .map((r) => ({ ...r, id: r.id.includes(' (in ') ? r.id : `${r.id} (in ${current.file})` }));
  return {
    ...current,
    file: imported.file,
    asOf: newer(current.asOf, imported.asOf),
    records,
    rejected: [...imported.rejected, ...stillRejected],
  } as LoadedDataset;
}
