import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from './load-dataset';
import type { DatasetName } from './schemas/registry';

/** The query keys of every data file. Filters never go in a key: the files are static and filtered in selectors. */
export const datasetKeys = {
  all: ['dataset'] as const,
  one: (name: DatasetName) => ['dataset', name] as const,
};

/** One cache entry per file. Static files: never stale, never refetched on focus; retried by the user, not silently. */
export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions({
    queryKey: datasetKeys.one(name),
    queryFn: ({ signal }) => loadDataset(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    meta: { dataset: name },
  });
}
