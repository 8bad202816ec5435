import { act, render, waitFor, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { connectFiles, createDataClient } from '@/data/data-client';
import { datasetQuery } from '@/data/dataset-queries';
import type { LoadedDataset } from '@/data/load-dataset';
import { createDashboardStore, type DashboardStore } from '@/store/dashboard-store';
import { DashboardStoreProvider } from '@/store/store-provider';
import type { ViewState } from '@/domain/view-state';
import { allRealDatasets } from './real-data';

interface Options {
  view?: Partial<ViewState>;
  /**
   * Datasets already in the query cache when the files are connected to the store (through the app's one door);
   * defaults to every real file in data/. Any other file is fetched (stub `fetch` to answer it).
   */
  datasets?: LoadedDataset[];
}

/** A fresh store and query client per test (no shared state between tests), with data already loaded. */
export function renderWithProviders(
  ui: ReactElement,
  { view, datasets = allRealDatasets() }: Options = {},
): RenderResult & { user: ReturnType<typeof userEvent.setup>; store: StoreApi<DashboardStore> } {
  const store = createDashboardStore(view);
  const client = createDataClient();
  for (const dataset of datasets) client.setQueryData(datasetQuery(dataset.name).queryKey, dataset);
  connectFiles(client, store.getState().actions);
  const result = render(<DashboardStoreProvider store={store}>{ui}</DashboardStoreProvider>);
  return { ...result, user: userEvent.setup(), store };
}

/**
 * renderWithProviders for a panel or the whole layout: also waits for the panel bodies, which are loaded on demand
 * (React.lazy), so a test sees what a user sees once the page has drawn.
 */
export async function renderWithBodies(
  ui: ReactElement,
  options: Options = {},
): Promise<ReturnType<typeof renderWithProviders>> {
  const result = renderWithProviders(ui, options);
  // The first test of a file also pays for transforming the body modules (recharts among them): allow for that.
  await waitFor(
    () => {
      if (result.container.querySelector('.panel__pending')) throw new Error('a panel body is still loading');
    },
    { timeout: 20_000 },
  );
  // Charts measure their container in an effect and draw in the render after it: let that happen too.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return result;
}
