import { describe, expect, it } from 'vitest';
import { createDashboardStore } from './dashboard-store';
import { SAVED_VIEWS_KEY, loadSavedViews, startSavedViewsPersistence } from './persist-saved-views';

function memoryStorage(failWrites = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('saved-view persistence', () => {
  it('writes views on change and reads them back', () => {
    const storage = memoryStorage();
    const store = createDashboardStore();
    startSavedViewsPersistence(store, storage);
    store.getState().actions.viewSaved({ name: 'First' });
    expect(loadSavedViews(storage).views.map((v) => v.name)).toEqual(['First']);
  });

  it('a full storage raises one notice and keeps the views in memory', () => {
    const store = createDashboardStore();
    startSavedViewsPersistence(store, memoryStorage(true));
    store.getState().actions.viewSaved({ name: 'A' });
    store.getState().actions.viewSaved({ name: 'B' });
    expect(store.getState().savedViews).toHaveLength(2);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]?.message).toMatch(/could not be stored/);
  });

  it('disabled storage and a damaged entry are reported, not thrown', () => {
    expect(loadSavedViews(null).problem).toMatch(/does not allow local storage/);
    const storage = memoryStorage();
    storage.setItem(SAVED_VIEWS_KEY, '{broken');
    expect(loadSavedViews(storage)).toMatchObject({ views: [], problem: expect.stringMatching(/left untouched/) });
    expect(storage.getItem(SAVED_VIEWS_KEY)).toBe('{broken');
  });
});
