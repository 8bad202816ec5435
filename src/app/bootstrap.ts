import type { StoreApi } from 'zustand/vanilla';
import { connectFiles, createDataClient } from '@/data/data-client';
import { createDashboardStore, type DashboardStore } from '@/store/dashboard-store';
import { browserStorage, loadSavedViews, startSavedViewsPersistence } from '@/store/persist-saved-views';
import { decodeViewState } from '@/store/url-state';
import { startUrlSync } from '@/store/url-sync';
import { startPrintPreparation } from './print-preparation';

export interface AppServices {
  store: StoreApi<DashboardStore>;
}

/** Start-up, outside React: the view comes from the address, every data file starts loading, the URL follows the store. */
export function bootstrap(win: Window): AppServices {
  const { view, issues } = decodeViewState(win.location.search);
  const storage = browserStorage(win);
  const saved = loadSavedViews(storage);
  const store = createDashboardStore(view, saved.views);
  const notices = saved.problem ? [...issues, saved.problem] : issues;
  if (notices.length) store.getState().actions.noticesRaised(notices);
  startSavedViewsPersistence(store, storage);
  connectFiles(createDataClient(), store.getState().actions);
  startUrlSync(store, win);
  startPrintPreparation(win);
  return { store };
}
