import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { LoadedDataset } from '@/data/load-dataset';
import { createDashboardStore, type DashboardStore } from '@/store/dashboard-store';
import { DashboardStoreProvider } from '@/store/store-provider';
import type { ViewState } from '@/store/view-state';
import { allRealDatasets } from './real-data';

interface Options {
  view?: Partial<ViewState>;
  /** Datasets to commit into the store before rendering; defaults to every real file in data/. */
  datasets?: LoadedDataset[];
}

/** A fresh store and query client per test (no shared state between tests), with data already in the store. */
export function renderWithProviders(
  ui: ReactElement,
  { view, datasets = allRealDatasets() }: Options = {},
): RenderResult & { user: ReturnType<typeof userEvent.setup>; store: StoreApi<DashboardStore> } {
  const store = createDashboardStore(view);
  for (const dataset of datasets) store.getState().actions.datasetLoaded(dataset);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <DashboardStoreProvider store={store}>{ui}</DashboardStoreProvider>
    </QueryClientProvider>,
  );
  return { ...result, user: userEvent.setup(), store };
}
