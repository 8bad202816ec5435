import type { StoreApi } from 'zustand/vanilla';
import { viewOf, type DashboardStore } from './dashboard-store';
import { decodeViewState, encodeViewState } from './url-state';

/** Typing in Search replaces the last history entry instead of adding one per keystroke. */
const TYPING_WINDOW_MS = 1000;

/**
 * Keeps the address bar and the store in step: every view change is a history entry (so back/forward step through
 * filter changes), and back/forward restore the view. Returns the function that stops it.
 */
export function startUrlSync(store: StoreApi<DashboardStore>, win: Window = window): () => void {
  let lastPush = { at: 0, searchOnly: false };
  let restoring = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const next = encodeViewState(viewOf(state));
    if (next === win.location.search || (next === '' && win.location.search === '')) return;
    const searchOnly = state.filters.search !== previous.filters.search && encodeViewState(viewOf({ ...previous, filters: { ...previous.filters, search: state.filters.search } })) === next;
    const now = Date.now();
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (searchOnly && lastPush.searchOnly && now - lastPush.at < TYPING_WINDOW_MS) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastPush = { at: now, searchOnly };
  });

  const onPopState = () => {
    const { view, issues } = decodeViewState(win.location.search);
    restoring = true;
    try {
      store.getState().actions.viewRestored(view);
      if (issues.length) store.getState().actions.noticesRaised(issues);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
