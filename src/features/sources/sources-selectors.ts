import type { LoadedDataset } from '@/data/load-dataset';
import type { DatasetName, DatasetRecord } from '@/data/schemas/registry';
import { matchesSearch } from '@/domain/filter-match';

type Source = DatasetRecord<'sources'>;

export interface Citation {
  dataset: DatasetName;
  recordId: string;
}

export interface SourceEntry {
  source: Source;
  citedBy: Citation[];
}

/** Every `sources` array anywhere in a record (top level, a value's conversion, a location …). */
function collectSourceIds(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((v) => collectSourceIds(v, out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && out.add(id));
      else collectSourceIds(v, out);
    }
  }
}

/** Pure: each source with the records that cite it, in every loaded file; sources nobody cites are kept (cited by 0). */
export function selectSourceIndex(datasets: readonly LoadedDataset[], search = ''): SourceEntry[] {
  const sources = (datasets.find((d) => d.name === 'sources')?.records ?? []) as Source[];
  const citedBy = new Map<string, Citation[]>();
  for (const dataset of datasets) {
    if (dataset.name === 'sources') continue;
    for (const record of dataset.records as { id: string }[]) {
      const ids = new Set<string>();
      collectSourceIds(record, ids);
      ids.forEach((id) =>
        citedBy.set(id, [...(citedBy.get(id) ?? []), { dataset: dataset.name, recordId: record.id }]),
      );
    }
  }
  return sources
    .filter((s) => matchesSearch(search, [s.id, s.title, s.publisher, s.url, s.note]))
    .map((source) => ({ source, citedBy: citedBy.get(source.id) ?? [] }))
    .sort((a, b) => a.source.publisher.localeCompare(b.source.publisher) || a.source.id.localeCompare(b.source.id));
}
