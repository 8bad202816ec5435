import { QueryCache, QueryClient } from '@tanstack/react-query';
import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from '@/store/dashboard-store';
import { datasetKeys, datasetQuery } from './dataset-queries';
import { DatasetLoadError, datasetFile, type LoadedDataset } from './load-dataset';
import { DATASET_NAMES, type DatasetName } from './schemas/registry';

function datasetOf(meta: Record<string, unknown> | undefined): DatasetName | undefined {
  const name = meta?.dataset;
  return typeof name === 'string' && (DATASET_NAMES as readonly string[]).includes(name) ? (name as DatasetName) : undefined;
}

/**
 * The query client whose cache is the one door from the query layer into the store: every validated file is
 * committed by `datasetLoaded`, every failure by `datasetFailed` — outside React, so no effect copies data around.
 */
export function createDataClient(store: StoreApi<DashboardStore>): QueryClient {
  const queryCache = new QueryCache({
    onSuccess: (data, query) => {
      if (datasetOf(query.meta)) store.getState().actions.datasetLoaded(data as LoadedDataset);
    },
    onError: (error, query) => {
      const name = datasetOf(query.meta);
      if (!name) return;
      const file = error instanceof DatasetLoadError ? error.file : datasetFile(name);
      store.getState().actions.datasetFailed(name, file, error.message);
    },
  });
  return new QueryClient({ queryCache, defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

/** Starts loading every data file at once; each lands in the store on its own, so one slow file delays only its panels. */
export function loadAllDatasets(client: QueryClient): void {
  for (const name of DATASET_NAMES) void client.prefetchQuery(datasetQuery(name));
}

/** Loads a file again after an error (the user pressed Retry). */
export async function retryDataset(client: QueryClient, store: StoreApi<DashboardStore>, name: DatasetName): Promise<void> {
  store.getState().actions.datasetRequested(name);
  await client.resetQueries({ queryKey: datasetKeys.one(name) });
  await client.prefetchQuery(datasetQuery(name));
}
