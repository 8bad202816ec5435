import type { StoreApi } from 'zustand/vanilla';
import { viewOf, type DashboardState, type DashboardStore } from './dashboard-store';
import { decodeViewState, encodeViewState } from './url-state';

/** Typing in Search replaces the last history entry instead of adding one per keystroke. */
const TYPING_WINDOW_MS = 1000;
/** A hidden tab has no frames: the address is written after this long at the latest. */
const LATEST_WRITE_MS = 100;

/**
 * Keeps the address bar and the store in step: every view change is a history entry (so back/forward step through
 * filter changes), and back/forward restore the view. Returns the function that stops it.
 *
 * The address is written after the frame that shows a change, not in it: `history.pushState` costs a few
 * milliseconds, and a filter change should paint first. Changes within one frame make one entry; leaving the page
 * writes what is pending.
 */
export function startUrlSync(store: StoreApi<DashboardStore>, win: Window = window): () => void {
  let lastPush = { at: 0, searchOnly: false };
  let restoring = false;
  // The state the address shows (the one last written or restored), to tell a Search keystroke from other changes.
  let written: DashboardState = store.getState();
  let pending = false;
  let frame = 0;
  let timer = 0;
  // An address with parameters that were dropped or corrected (each has a notice) shows the view actually applied.
  const applied = encodeViewState(viewOf(written));
  if (applied !== win.location.search && !(applied === '' && win.location.search === '?')) {
    win.history.replaceState(null, '', `${win.location.pathname}${applied}${win.location.hash}`);
  }

  const write = () => {
    if (!pending) return;
    pending = false;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    const state = store.getState();
    const next = encodeViewState(viewOf(state));
    if (next === win.location.search || (next === '' && win.location.search === '')) {
      written = state;
      return;
    }
    const withOldSearch = { ...state, filters: { ...state.filters, search: written.filters.search } };
    const searchOnly =
      state.filters.search !== written.filters.search &&
      encodeViewState(viewOf(withOldSearch)) === encodeViewState(viewOf(written));
    const now = Date.now();
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (searchOnly && lastPush.searchOnly && now - lastPush.at < TYPING_WINDOW_MS)
      win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastPush = { at: now, searchOnly };
    written = state;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring || pending || sameView(state, previous)) return;
    pending = true;
    // After the next frame has been painted (a task posted from requestAnimationFrame runs after it).
    frame = win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      timer = win.setTimeout(write, 0);
    });
    timer = win.setTimeout(write, LATEST_WRITE_MS);
  });

  const onPopState = () => {
    pending = false;
    // Typing in Search after Back adds an entry: it must not replace the one the reader went back to.
    lastPush = { at: 0, searchOnly: false };
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    const { view, issues } = decodeViewState(win.location.search);
    restoring = true;
    try {
      store.getState().actions.viewRestored(view);
      if (issues.length) store.getState().actions.noticesRaised(issues);
    } finally {
      restoring = false;
      written = store.getState();
    }
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', write);
  return () => {
    write();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', write);
  };
}

function sameView(a: DashboardState, b: DashboardState): boolean {
  const x = viewOf(a);
  const y = viewOf(b);
  return (Object.keys(x) as (keyof typeof x)[]).every((key) => x[key] === y[key]);
}
