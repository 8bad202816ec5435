import { describe, expect, it } from 'vitest';
import { createDashboardStore } from './dashboard-store';
import { moveView, parseSavedViews, savedViewsFile, type SavedView } from './saved-views';
import { DEFAULT_VIEW } from '@/domain/view-state';

const view = (id: string): SavedView => ({
  id,
  name: id.toUpperCase(),
  title: '',
  note: '',
  chart: 'gas-price',
  view: DEFAULT_VIEW,
});

describe('saved views', () => {
  it.each([
    ['a', -1, ['a', 'b', 'c']],
    ['a', 1, ['b', 'a', 'c']],
    ['c', -2, ['c', 'a', 'b']],
    ['c', 5, ['a', 'b', 'c']],
  ])('moving %s by %i gives %j', (id, delta, expected) => {
    expect(moveView([view('a'), view('b'), view('c')], id, delta).map((v) => v.id)).toEqual(expected);
  });

  it('a file round-trips through export and import', () => {
    const text = JSON.stringify(savedViewsFile([view('a'), view('b')]));
    const parsed = parseSavedViews(text);
    expect('views' in parsed && parsed.views.map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('reads a view saved before the deal-type filter existed as "every deal type"', () => {
    const { dealTypes: _none, ...oldFilters } = DEFAULT_VIEW.filters;
    const old = { ...view('a'), view: { ...DEFAULT_VIEW, filters: oldFilters } };
    const parsed = parseSavedViews(JSON.stringify(savedViewsFile([old as SavedView])));
    expect('views' in parsed && parsed.views[0]?.view.filters.dealTypes).toEqual([]);
  });

  it('a file keeps each view’s chart', () => {
    const parsed = parseSavedViews(JSON.stringify(savedViewsFile([view('a')])));
    expect(savedViewsFile([]).version).toBe(2);
    expect('views' in parsed && parsed.views[0]?.chart).toBe('gas-price');
  });

  it('reads a version-1 file (no chart): a view shows its focused panel’s hero chart, else the overview', () => {
    const { chart: _none, ...v1 } = view('a');
    const focused = { ...v1, id: 'b', view: { ...DEFAULT_VIEW, focusedPanel: 'gas' } };
    const text = JSON.stringify({
      app: 'china-russia-bri-dashboard',
      kind: 'saved-views',
      version: 1,
      views: [v1, focused],
    });
    const parsed = parseSavedViews(text);
    expect('views' in parsed && parsed.views.map((v) => v.chart)).toEqual(['overview', 'gas-flows']);
  });

  it.each([
    [JSON.stringify(savedViewsFile([{ ...view('a'), chart: 'pie' as 'overview' }])), /view 1, field chart/],
    [JSON.stringify({ ...savedViewsFile([]), version: 3 }), /version/],
    ['not json', /not JSON/],
    [JSON.stringify({ app: 'other', kind: 'saved-views', version: 1, views: [] }), /app/],
    [
      JSON.stringify(
        savedViewsFile([
          { ...view('a'), view: { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, from: '2024-13' } } },
        ]),
      ),
      /view 1, field view.filters.from/,
    ],
    [JSON.stringify(savedViewsFile([{ ...view('a'), name: '' }])), /view 1, field name: needs a name/],
    [
      JSON.stringify(
        savedViewsFile([
          {
            ...view('a'),
            view: { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, dealTypes: ['grant' as 'loan'] } },
          },
        ]),
      ),
      /view 1, field view.filters.dealTypes.0/,
    ],
  ])('a bad file is refused with a reason (%#)', (text, message) => {
    const parsed = parseSavedViews(text);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('presenting', () => {
  it('steps through saved views in order, restoring each view, and stops at the ends', () => {
    const store = createDashboardStore();
    const { timeWindowChanged, panelFocused, viewSaved, presentStarted, presentStepped, presentStopped } =
      store.getState().actions;
    timeWindowChanged('2022-01', '2022-12');
    panelFocused('gas');
    viewSaved({ name: 'Gas 2022' });
    timeWindowChanged('2024-01', '2024-06');
    panelFocused('payments');
    viewSaved({ name: 'Payments H1 2024', note: 'the March drop' });
    presentStarted();
    expect(store.getState()).toMatchObject({
      presentation: { index: 0 },
      focusedPanel: 'gas',
      filters: { from: '2022-01', to: '2022-12' },
    });
    presentStepped(1);
    expect(store.getState()).toMatchObject({
      presentation: { index: 1 },
      focusedPanel: 'payments',
      filters: { from: '2024-01' },
    });
    presentStepped(1);
    expect(store.getState().presentation?.index).toBe(1);
    presentStepped(-1);
    expect(store.getState().focusedPanel).toBe('gas');
    presentStopped();
    expect(store.getState().presentation).toBeNull();
  });

  it('saves the focused panel’s hero chart unless another is chosen, jumps to a slide, and edits a slide', () => {
    const store = createDashboardStore();
    const { panelFocused, viewSaved, viewEdited, presentStarted, presentJumped } = store.getState().actions;
    viewSaved({ name: 'Strip' });
    panelFocused('gas');
    viewSaved({ name: 'Flows' });
    viewSaved({ name: 'Price', chart: 'gas-price' });
    expect(store.getState().savedViews.map((v) => v.chart)).toEqual(['overview', 'gas-flows', 'gas-price']);
    const id = store.getState().savedViews[2]?.id ?? '';
    viewEdited(id, { title: 'The price gap', note: 'Say it slowly', name: ' ' });
    expect(store.getState().savedViews[2]).toMatchObject({
      name: 'Price',
      title: 'The price gap',
      note: 'Say it slowly',
    });
    presentStarted(9);
    expect(store.getState().presentation?.index).toBe(2);
    presentJumped(0);
    expect(store.getState()).toMatchObject({ presentation: { index: 0 }, focusedPanel: null });
    presentJumped(-4);
    expect(store.getState().presentation?.index).toBe(0);
  });

  it('refuses to present with no saved views and says why', () => {
    const store = createDashboardStore();
    store.getState().actions.presentStarted();
    expect(store.getState().presentation).toBeNull();
    expect(store.getState().notices[0]?.message).toMatch(/Save at least one view/);
  });

  it('imports views beside existing ones without id clashes', () => {
    const store = createDashboardStore({}, [view('a')]);
    store.getState().actions.viewsImported([view('a'), view('b')]);
    expect(store.getState().savedViews.map((v) => v.id)).toEqual(['a', 'a-imported-1', 'b']);
  });
});
