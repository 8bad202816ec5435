import type { LoadedDataset } from '@/data/load-dataset';
import { citedSourceIds } from '@/data/record-walk';
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

/** Pure: each source with the records that cite it, in every loaded file; sources nobody cites are kept (cited by 0). */
export function selectSourceIndex(datasets: readonly LoadedDataset[], search = ''): SourceEntry[] {
  const sources = (datasets.find((d) => d.name === 'sources')?.records ?? []) as Source[];
  const citedBy = new Map<string, Citation[]>();
  for (const dataset of datasets) {
    if (dataset.name === 'sources') continue;
    for (const record of dataset.records as { id: string }[]) {
      citedSourceIds(record).forEach((id) =>
        citedBy.set(id, [...(citedBy.get(id) ?? []), { dataset: dataset.name, recordId: record.id }]),
      );
    }
  }
  return sources
    .filter((s) => matchesSearch(search, [s.id, s.title, s.publisher, s.url, s.note]))
    .map((source) => ({ source, citedBy: citedBy.get(source.id) ?? [] }))
    .sort((a, b) => a.source.publisher.localeCompare(b.source.publisher) || a.source.id.localeCompare(b.source.id));
}
