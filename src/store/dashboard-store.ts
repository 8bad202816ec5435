import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FileCallbacks, FileSlot, GeoFiles } from '@/data/data-client';
import type { LoadedDataset } from '@/data/load-dataset';
import type { DealType } from '@/data/schemas/projects';
import type { DatasetName } from '@/data/schemas/registry';
import type { MonthKey } from '@/lib/months';
import { createPresentationSlice, type PresentationActions, type PresentationState } from './presentation-slice';
import type { SavedView } from './saved-views';
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW,
  SEARCH_MAX_LENGTH,
  normaliseIds,
  normaliseWindow,
  type PanelId,
  type StatusOption,
  type Theme,
  type ViewState,
} from '@/domain/view-state';

/** What the store knows of one data file: the query layer's state (see data-client.ts). Absent = not connected yet. */
export type DatasetSlot = FileSlot<LoadedDataset>;

export interface Notice {
  id: number;
  message: string;
}

/** A file replaced by the user's import: what it came from, and the bundled data to go back to. */
export interface ImportedDataset {
  fileName: string;
  bundled: LoadedDataset;
}

export interface DashboardState extends ViewState, PresentationState {
  datasets: Partial<Record<DatasetName, DatasetSlot>>;
  geo: { [G in keyof GeoFiles]?: FileSlot<GeoFiles[G]> };
  imports: Partial<Record<DatasetName, ImportedDataset>>;
  notices: Notice[];
}

/** Actions are events ("what happened"), not setters: the store decides what they mean, clamping included. */
export interface DashboardActions extends FileCallbacks {
  /** The user confirmed an import: the merged dataset replaces the loaded one (the bundled one is kept for revert). */
  datasetImported: (dataset: LoadedDataset, fileName: string) => void;
  importsReverted: () => void;
  timeWindowChanged: (from: MonthKey, to: MonthKey) => void;
  sectorsChanged: (ids: string[]) => void;
  sectorToggled: (id: string) => void;
  regionsChanged: (ids: string[]) => void;
  regionToggled: (id: string) => void;
  statusesChanged: (statuses: StatusOption[]) => void;
  statusToggled: (status: StatusOption) => void;
  dealTypesChanged: (dealTypes: DealType[]) => void;
  dealTypeToggled: (dealType: DealType) => void;
  searchChanged: (text: string) => void;
  filtersReset: () => void;
  panelFocused: (panel: PanelId | null) => void;
  themeChanged: (theme: Theme) => void;
  projectSelected: (id: string | null) => void;
  crossingSelected: (id: string | null) => void;
  viewRestored: (view: ViewState) => void;
  noticesRaised: (messages: string[]) => void;
  noticeDismissed: (id: number) => void;
}

export type DashboardStore = DashboardState & { actions: DashboardActions & PresentationActions };

function toggle<T extends string>(ids: readonly T[], id: T): T[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : normaliseIds([...ids, id]);
}

let nextNoticeId = 1;

export function createDashboardStore(
  initial: Partial<ViewState> = {},
  savedViews: SavedView[] = [],
): StoreApi<DashboardStore> {
  return createStore<DashboardStore>()((set, get) => {
    const presentation = createPresentationSlice<DashboardStore>(set, get, () => viewOf(get()));
    const setFilters = (update: (f: DashboardState['filters']) => Partial<DashboardState['filters']>) =>
      set((s) => ({ filters: { ...s.filters, ...update(s.filters) } }));
    return {
      ...DEFAULT_VIEW,
      ...initial,
      datasets: {},
      geo: {},
      imports: {},
      notices: [],
      savedViews,
      presentation: null,
      actions: {
        ...presentation.actions,
        // The query layer's state of a file. A newly loaded bundled file ends any import over it, so the banner never
        // claims imported data is in use; any other change leaves the import on screen.
        datasetChanged: (name, slot) =>
          set((s) => {
            const { [name]: imported, ...imports } = s.imports;
            if (!imported) return { datasets: { ...s.datasets, [name]: slot } };
            if (slot.status === 'ready' && slot.data !== imported.bundled)
              return { datasets: { ...s.datasets, [name]: slot }, imports };
            return {};
          }),
        geoChanged: (name, slot) => set((s) => ({ geo: { ...s.geo, [name]: slot } })),
        datasetImported: (dataset, fileName) =>
          set((s) => {
            const current = s.datasets[dataset.name];
            const bundled =
              s.imports[dataset.name]?.bundled ?? (current?.status === 'ready' ? current.data : undefined);
            const refetch = current?.refetch ?? (() => {});
            return {
              datasets: { ...s.datasets, [dataset.name]: { status: 'ready', data: dataset, refetch } },
              imports: bundled ? { ...s.imports, [dataset.name]: { fileName, bundled } } : s.imports,
            };
          }),
        importsReverted: () =>
          set((s) => {
            const datasets = { ...s.datasets };
            for (const [name, imported] of Object.entries(s.imports))
              datasets[name as DatasetName] = {
                status: 'ready',
                data: imported.bundled,
                refetch: datasets[name as DatasetName]?.refetch ?? (() => {}),
              };
            return { datasets, imports: {} };
          }),
        timeWindowChanged: (from, to) => setFilters(() => normaliseWindow(from, to)),
        sectorsChanged: (ids) => setFilters(() => ({ sectors: normaliseIds(ids) })),
        sectorToggled: (id) => setFilters((f) => ({ sectors: toggle(f.sectors, id) })),
        regionsChanged: (ids) => setFilters(() => ({ regions: normaliseIds(ids) })),
        regionToggled: (id) => setFilters((f) => ({ regions: toggle(f.regions, id) })),
        statusesChanged: (statuses) => setFilters(() => ({ statuses: normaliseIds(statuses) })),
        statusToggled: (status) => setFilters((f) => ({ statuses: toggle(f.statuses, status) })),
        dealTypesChanged: (dealTypes) => setFilters(() => ({ dealTypes: normaliseIds(dealTypes) })),
        dealTypeToggled: (dealType) => setFilters((f) => ({ dealTypes: toggle(f.dealTypes, dealType) })),
        searchChanged: (text) => setFilters(() => ({ search: text.slice(0, SEARCH_MAX_LENGTH) })),
        filtersReset: () => set({ filters: DEFAULT_FILTERS }),
        panelFocused: (panel) => set({ focusedPanel: panel }),
        themeChanged: (theme) => set({ theme }),
        projectSelected: (id) => set({ selectedProjectId: id }),
        crossingSelected: (id) => set({ selectedCrossingId: id }),
        viewRestored: (view) => set({ ...view }),
        noticesRaised: (messages) =>
          set((s) => ({ notices: [...s.notices, ...messages.map((message) => ({ id: nextNoticeId++, message }))] })),
        noticeDismissed: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      },
    };
  });
}

/** The part of the state a URL, saved view or presentation step reproduces. */
export function viewOf(state: DashboardState): ViewState {
  return {
    filters: state.filters,
    focusedPanel: state.focusedPanel,
    theme: state.theme,
    selectedProjectId: state.selectedProjectId,
    selectedCrossingId: state.selectedCrossingId,
  };
}
