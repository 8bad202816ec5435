import { useDeferredValue, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { GeoFiles, GeoName } from '@/data/data-client';
import type { LoadedDataset } from '@/data/load-dataset';
import type { DatasetName, DatasetRecord } from '@/data/schemas/registry';
import type { DashboardStore, DatasetSlot, Notice } from './dashboard-store';
import { useStoreApi } from './store-context';
import { filterLabels, type FilterLabels } from '@/domain/describe-filters';
import type { Presentation } from './presentation-slice';
import type { SavedView } from './saved-views';
import type { Filters, PanelId, Theme } from '@/domain/view-state';

/** Atomic selector hooks: components subscribe to exactly what they read. The raw store hook is not exported. */
function useDashboard<T>(selector: (s: DashboardStore) => T): T {
  return useStore(useStoreApi(), selector);
}

/**
 * Store reads of the data files. A file's arrival is a store update, which React renders at once and whole
 * (useSyncExternalStore): at load, the four panels computing their views from the arrived files made the page's
 * longest task. Deferred, the arrival renders in a second pass that React splits between components, yielding to
 * input in between. Every read of the files (and of what was imported) goes through here, so the components on screen
 * switch to new files in the same render.
 */
function useDashboardData<T>(selector: (s: DashboardStore) => T): T {
  return useDeferredValue(useDashboard(selector));
}

export const useFilters = (): Filters => useDashboard((s) => s.filters);
export const useFocusedPanel = (): PanelId | null => useDashboard((s) => s.focusedPanel);
export const useTheme = (): Theme => useDashboard((s) => s.theme);
export const useSelectedProjectId = (): string | null => useDashboard((s) => s.selectedProjectId);
export const useSelectedCrossingId = (): string | null => useDashboard((s) => s.selectedCrossingId);
export const useNotices = (): Notice[] => useDashboard((s) => s.notices);
export const useDashboardActions = (): DashboardStore['actions'] => useDashboard((s) => s.actions);

/** The loaded dataset, or undefined while it is loading or if it failed. */
export function useDataset<N extends DatasetName>(name: N): LoadedDataset<N> | undefined {
  return useDashboardData((s) => {
    const slot = s.datasets[name];
    return slot?.status === 'ready' ? (slot.data as LoadedDataset<N>) : undefined;
  });
}

/** Slots for several files at once (stable array identity while none of them changes). */
export function useDatasetSlots(names: readonly DatasetName[]): (DatasetSlot | undefined)[] {
  return useDashboardData(useShallow((s) => names.map((n) => s.datasets[n])));
}

/**
 * One of the map's layers, loaded on first use (the observer's refetch starts it): its data once loaded, or why it
 * failed. Shaped like a query result, but read from the store like every other file.
 */
export function useGeoFile<G extends GeoName>(
  name: G,
): { data: GeoFiles[G] | undefined; error: { message: string } | null } {
  const slot = useDashboard((s) => s.geo[name]);
  useEffect(() => {
    if (slot?.status === 'idle') slot.refetch();
  }, [slot]);
  return useMemo(
    () => ({
      data: slot?.status === 'ready' ? (slot.data as GeoFiles[G]) : undefined,
      error: slot?.status === 'error' ? { message: slot.message } : null,
    }),
    [slot],
  );
}

/** A panel's files, keyed by the name its selectors read them under (`{ flows: 'gas-flows', … }`). */
export type DatasetMap = Readonly<Record<string, DatasetName>>;
/** The records of a DatasetMap's files, under the same keys. */
export type PanelData<M extends DatasetMap> = { readonly [K in keyof M]: readonly DatasetRecord<M[K]>[] };

/** The records of every file in `map` once all of them have loaded, else null (stable while none of them changes). */
export function usePanelData<M extends DatasetMap>(map: M): PanelData<M> | null {
  const names = useMemo(() => Object.values(map), [map]);
  const slots = useDatasetSlots(names);
  return useMemo(() => {
    if (!slots.every((slot) => slot?.status === 'ready')) return null;
    const keys = Object.keys(map);
    return Object.fromEntries(
      slots.map((slot, i) => [keys[i], slot?.status === 'ready' ? slot.data.records : []]),
    ) as PanelData<M>;
  }, [map, slots]);
}

/**
 * Display names for sector and region ids, from the loaded reference files. Stable while those files do not change.
 */
export function useFilterLabels(): FilterLabels {
  const sectors = useDataset('sectors');
  const regions = useDataset('regions');
  return useMemo(() => filterLabels(sectors?.records, regions?.records), [sectors, regions]);
}

/** Every loaded dataset (for views that span all files, like the sources index). */
export function useAllDatasets(): LoadedDataset[] {
  return useDashboardData(
    useShallow((s) => Object.values(s.datasets).flatMap((slot) => (slot?.status === 'ready' ? [slot.data] : []))),
  );
}

export const useSavedViews = (): SavedView[] => useDashboard((s) => s.savedViews);
export const usePresentation = (): Presentation | null => useDashboard((s) => s.presentation);

// Deferred with the files: the "Imported data" note appears with the imported figures, not a render before them.
export const useImports = (): DashboardStore['imports'] => useDashboardData((s) => s.imports);
