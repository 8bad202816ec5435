import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from './load-dataset';
import type { DatasetName } from './schemas/registry';

/** One cache entry per file (filters never go in a key: the files are static and filtered in selectors). */
export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => loadDataset(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
