import type { LoadedDataset } from '@/data/load-dataset';

/** Ids the loaded reference files know; a file that is not loaded is left out and not checked against. */
export interface KnownIds {
  sources?: ReadonlySet<string>;
  sectors?: ReadonlySet<string>;
  regions?: ReadonlySet<string>;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Every `sources` list anywhere in a record (top level, value.usd, location, capacityHistory[i] …) with its path. */
function sourceLists(value: unknown, path: string, out: [string, unknown[]][]): [string, unknown[]][] {
  if (Array.isArray(value)) value.forEach((v, i) => sourceLists(v, join(path, i), out));
  else if (isPlain(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) out.push([join(path, key), child]);
      else sourceLists(child, join(path, key), out);
    }
  }
  return out;
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
      lines.push(`${imported.file} › ${id} › ${field}: unknown ${what} id "${value}"`);
  };
  for (const record of imported.records as unknown as Record<string, unknown>[]) {
    const id = String(record.id);
    for (const [field, ids] of sourceLists(record, '', []))
      ids.forEach((s, i) => check(known.sources, 'source', id, join(field, i), s));
    if (imported.name === 'projects') check(known.sectors, 'sector', id, 'sector', record.sector);
    if ((imported.name === 'projects' || imported.name === 'places') && Array.isArray(record.regions)) {
      record.regions.forEach((r, i) => check(known.regions, 'region', id, `regions[${i}]`, r));
    }
  }
  return lines;
}
