import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from './dashboard-store';
import { parseSavedViews, savedViewsFile, type SavedView } from './saved-views';

export const SAVED_VIEWS_KEY = 'china-russia-bri-dashboard:saved-views';

/** localStorage, or null where the browser disables it (reading the property itself can throw). */
export function browserStorage(win: Window): Storage | null {
  try {
    const storage = win.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** Saved views from storage; a damaged entry is reported, not thrown, and nothing is lost from storage. */
export function loadSavedViews(storage: Storage | null): { views: SavedView[]; problem?: string } {
  if (!storage)
    return {
      views: [],
      problem:
        'This browser does not allow local storage here: saved views will last only until the tab is closed. Use “Export views” to keep them.',
    };
  let text: string | null;
  try {
    text = storage.getItem(SAVED_VIEWS_KEY);
  } catch {
    return { views: [], problem: 'Saved views could not be read from local storage.' };
  }
  if (!text) return { views: [] };
  const parsed = parseSavedViews(text);
  return 'error' in parsed
    ? { views: [], problem: `Stored saved views could not be read and were left untouched: ${parsed.error}` }
    : { views: parsed.views };
}

/** Writes the saved views whenever they change; a full or disabled storage raises one notice instead of failing. */
export function startSavedViewsPersistence(store: StoreApi<DashboardStore>, storage: Storage | null): () => void {
  let warned = false;
  return store.subscribe((state, previous) => {
    if (state.savedViews === previous.savedViews || !storage) return;
    try {
      storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(savedViewsFile(state.savedViews)));
      warned = false;
    } catch {
      if (warned) return;
      warned = true;
      state.actions.noticesRaised([
        'Saved views could not be stored (browser storage is full or disabled): they last until the tab is closed. Use “Export views” to keep them.',
      ]);
    }
  });
}
