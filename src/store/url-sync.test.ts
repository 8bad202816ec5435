import { describe, expect, it } from 'vitest';
import { createDashboardStore } from './dashboard-store';
import { decodeViewState } from './url-state';
import { startUrlSync } from './url-sync';

/**
 * A window whose frames and timers run only when the test says so, with a history that records entries: enough to
 * see when the address is written and whether a change adds an entry or replaces one.
 */
function fakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { run: () => void; delay: number }>();
  const listeners = new Map<string, Set<() => void>>();
  const location = { pathname: '/', hash: '', search };
  const go = (url: string) => new URL(url, 'http://localhost').search;
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, entries.length, go(url));
        index += 1;
        location.search = go(url);
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = go(url);
        location.search = go(url);
      },
    },
    requestAnimationFrame: (run: () => void) => (frames.set(nextId, run), nextId++),
    cancelAnimationFrame: (id: number) => frames.delete(id),
    setTimeout: (run: () => void, delay = 0) => (timers.set(nextId, { run, delay }), nextId++),
    clearTimeout: (id: number) => timers.delete(id),
    addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  };
  return {
    win: win as unknown as Window,
    entries,
    get index() {
      return index;
    },
    /** The browser paints a frame, then runs the tasks that were due right after it. */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((run) => run());
      const soon = [...timers].filter(([, t]) => t.delay === 0);
      soon.forEach(([id, t]) => (timers.delete(id), t.run()));
    },
    /** Time passes without frames (a hidden tab). */
    elapse() {
      const all = [...timers.values()];
      timers.clear();
      all.forEach((t) => t.run());
    },
    back() {
      index -= 1;
      location.search = entries[index] ?? '';
      listeners.get('popstate')?.forEach((fn) => fn());
    },
    fire(type: string) {
      listeners.get(type)?.forEach((fn) => fn());
    },
  };
}

const toOf = (search: string | undefined) => new URLSearchParams(search).get('to');

describe('the address follows the view', () => {
  it('writes a filter change as a new history entry after the frame that shows it, not during it', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    store.getState().actions.timeWindowChanged('2016-01', '2019-12');
    expect(w.entries).toEqual(['']);
    w.frame();
    expect(w.entries).toHaveLength(2);
    expect(toOf(w.entries[1])).toBe('2019-12');
    expect(decodeViewState(w.entries[1] ?? '').view.filters).toEqual(store.getState().filters);
  });

  it('makes one entry of changes within one frame, and one per frame otherwise', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    const { timeWindowChanged } = store.getState().actions;
    timeWindowChanged('2016-01', '2019-12');
    timeWindowChanged('2016-01', '2020-12');
    w.frame();
    timeWindowChanged('2016-01', '2021-12');
    w.frame();
    expect(w.entries.map(toOf)).toEqual([null, '2020-12', '2021-12']);
  });

  it('writes the address in a tab without frames too, a moment later', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    store.getState().actions.timeWindowChanged('2016-01', '2019-12');
    w.elapse();
    expect(w.entries.map(toOf)).toEqual([null, '2019-12']);
  });

  it('writes a pending change when the page is left', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    store.getState().actions.timeWindowChanged('2016-01', '2019-12');
    w.fire('pagehide');
    expect(w.entries.map(toOf)).toEqual([null, '2019-12']);
  });

  it('replaces the entry while Search is typed, but adds one for the next other change', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    const { searchChanged, timeWindowChanged } = store.getState().actions;
    for (const text of ['H', 'He', 'Hei']) {
      searchChanged(text);
      w.frame();
    }
    expect(w.entries).toHaveLength(2);
    expect(new URLSearchParams(w.entries[1]).get('q')).toBe('Hei');
    timeWindowChanged('2016-01', '2019-12');
    w.frame();
    expect(w.entries).toHaveLength(3);
  });

  it('does not write for store changes outside the view (data arriving, notices)', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    store.getState().actions.noticesRaised(['A data file is late']);
    w.frame();
    w.elapse();
    expect(w.entries).toEqual(['']);
  });

  it('back restores the previous view and drops a change still waiting to be written', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    const { timeWindowChanged } = store.getState().actions;
    timeWindowChanged('2016-01', '2019-12');
    w.frame();
    timeWindowChanged('2016-01', '2021-12');
    w.back();
    w.frame();
    w.elapse();
    expect(store.getState().filters.to).toBe(decodeViewState('').view.filters.to);
    expect(w.index).toBe(0);
    expect(w.entries.map(toOf)).toEqual([null, '2019-12']);
  });

  it('after Back, typing in Search adds an entry instead of replacing the one gone back to', () => {
    const w = fakeWindow();
    const store = createDashboardStore();
    startUrlSync(store, w.win);
    const { searchChanged } = store.getState().actions;
    searchChanged('gas');
    w.frame();
    w.back();
    searchChanged('x');
    w.frame();
    expect(w.entries.map((e) => new URLSearchParams(e).get('q'))).toEqual([null, 'x']);
    expect(w.index).toBe(1);
  });

  it('shows the view actually applied when the address had parameters that were dropped', () => {
    const w = fakeWindow('?v=1&to=2019-12&bogus=1');
    const { view } = decodeViewState(w.win.location.search);
    startUrlSync(createDashboardStore(view), w.win);
    expect(w.entries).toHaveLength(1);
    expect(toOf(w.entries[0])).toBe('2019-12');
    expect(w.entries[0]).not.toContain('bogus');
  });
});
