import type { LoadedDataset } from '@/data/load-dataset';
import { joinPath, recordLine, sourceLists } from '@/data/record-walk';

/** Ids the loaded reference files know; a file that is not loaded is left out and not checked against. */
export interface KnownIds {
  sources?: ReadonlySet<string>;
  sectors?: ReadonlySet<string>;
  regions?: ReadonlySet<string>;
}

/**
 * Cross-file references the per-record schemas cannot see: source ids that sources.json lacks, sector and region ids
 * the reference files lack. These are warnings, not rejections: the records are valid and would be shown, but their
 * source links or labels would be missing, and the analyst should know before applying.
 */
export function unknownReferences(imported: LoadedDataset, known: KnownIds): string[] {
  const lines: string[] = [];
  const check = (
    set: ReadonlySet<string> | undefined,
    what: string,
    id: string,
    field: string,
    value: unknown,
  ): void => {
    if (set && typeof value === 'string' && !set.has(value))
      lines.push(recordLine(imported.file, id, field, `unknown ${what} id "${value}"`));
  };
  for (const record of imported.records as unknown as Record<string, unknown>[]) {
    const id = String(record.id);
    for (const [field, ids] of sourceLists(record))
      ids.forEach((s, i) => check(known.sources, 'source', id, joinPath(field, i), s));
    if (imported.name === 'projects') check(known.sectors, 'sector', id, 'sector', record.sector);
    if ((imported.name === 'projects' || imported.name === 'places') && Array.isArray(record.regions)) {
      record.regions.forEach((r, i) => check(known.regions, 'region', id, `regions[${i}]`, r));
    }
  }
  return lines;
}
