import { describe, expect, it } from 'vitest';
import { createDashboardStore, viewOf } from './dashboard-store';

describe('dashboard store events', () => {
  it('toggles a sector on and off, keeping ids sorted and unique', () => {
    const store = createDashboardStore();
    const { sectorToggled } = store.getState().actions;
    sectorToggled('transport');
    sectorToggled('mining');
    expect(store.getState().filters.sectors).toEqual(['mining', 'transport']);
    sectorToggled('transport');
    expect(store.getState().filters.sectors).toEqual(['mining']);
  });

  it('toggles a status on and off', () => {
    const store = createDashboardStore();
    const { statusToggled } = store.getState().actions;
    statusToggled('operating');
    statusToggled('cancelled');
    expect(store.getState().filters.statuses).toEqual(['cancelled', 'operating']);
    statusToggled('operating');
    expect(store.getState().filters.statuses).toEqual(['cancelled']);
  });

  it('toggles a deal type on and off, and sets several at once', () => {
    const store = createDashboardStore();
    const { dealTypeToggled, dealTypesChanged } = store.getState().actions;
    dealTypeToggled('plan');
    dealTypeToggled('loan');
    expect(store.getState().filters.dealTypes).toEqual(['loan', 'plan']);
    dealTypeToggled('plan');
    expect(store.getState().filters.dealTypes).toEqual(['loan']);
    dealTypesChanged(['fund', 'equity', 'fund']);
    expect(store.getState().filters.dealTypes).toEqual(['equity', 'fund']);
  });

  it('clamps the time window to 2003 onwards and puts it the right way round', () => {
    const store = createDashboardStore();
    store.getState().actions.timeWindowChanged('2024-05', '1999-01');
    expect(store.getState().filters).toMatchObject({ from: '2003-01', to: '2024-05' });
  });

  it('reset restores every filter but keeps the theme and focused panel', () => {
    const store = createDashboardStore({ theme: 'dark', focusedPanel: 'gas' });
    const { searchChanged, regionsChanged, dealTypesChanged, filtersReset } = store.getState().actions;
    searchChanged('Heihe');
    regionsChanged(['amur-oblast']);
    dealTypesChanged(['loan']);
    filtersReset();
    expect(store.getState().filters.search).toBe('');
    expect(store.getState().filters.regions).toEqual([]);
    expect(store.getState().filters.dealTypes).toEqual([]);
    expect(viewOf(store.getState())).toMatchObject({ theme: 'dark', focusedPanel: 'gas' });
  });

  it("holds the query layer's state of a file as it is handed in; notices can be dismissed one by one", () => {
    const store = createDashboardStore();
    const { datasetChanged, noticesRaised, noticeDismissed } = store.getState().actions;
    const refetch = () => {};
    datasetChanged('projects', { status: 'error', message: 'data/projects.json: HTTP 500', refetch });
    expect(store.getState().datasets.projects).toEqual({
      status: 'error',
      message: 'data/projects.json: HTTP 500',
      refetch,
    });
    datasetChanged('projects', { status: 'loading', refetch });
    expect(store.getState().datasets.projects?.status).toBe('loading');
    noticesRaised(['a', 'b']);
    const [first] = store.getState().notices;
    noticeDismissed(first!.id);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['b']);
  });
});

describe('imported data', () => {
  const dataset = (n: number) => ({
    name: 'sectors' as const,
    file: 'data/sectors.json',
    title: 'Sectors',
    asOf: '2025-01-01',
    records: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `S${i}` })),
    rejected: [],
  });

  it('replaces a loaded file and can revert to the bundled data', () => {
    const store = createDashboardStore();
    const { datasetChanged, datasetImported, importsReverted } = store.getState().actions;
    datasetChanged('sectors', { status: 'ready', data: dataset(2), refetch: () => {} });
    datasetImported(dataset(5), 'mine.json');
    datasetImported(dataset(7), 'mine-2.json');
    const count = () => {
      const slot = store.getState().datasets.sectors;
      return slot?.status === 'ready' ? slot.data.records.length : -1;
    };
    expect(count()).toBe(7);
    expect(store.getState().imports.sectors?.fileName).toBe('mine-2.json');
    importsReverted();
    expect(count()).toBe(2);
    expect(store.getState().imports).toEqual({});
  });

  it('a newly loaded bundled file ends the import over it; any other change of the file keeps the import', () => {
    const store = createDashboardStore();
    const { datasetChanged, datasetImported } = store.getState().actions;
    const bundled = dataset(2);
    const refetch = () => {};
    datasetChanged('sectors', { status: 'ready', data: bundled, refetch });
    datasetImported(dataset(5), 'mine.json');
    datasetChanged('sectors', { status: 'ready', data: bundled, refetch });
    expect(store.getState().imports.sectors?.fileName).toBe('mine.json');
    datasetChanged('sectors', { status: 'ready', data: dataset(3), refetch });
    expect(store.getState().imports).toEqual({});
    const slot = store.getState().datasets.sectors;
    expect(slot?.status === 'ready' ? slot.data.records.length : -1).toBe(3);
  });
});
