import { QueryClient, QueryObserver, type QueryObserverOptions, type QueryObserverResult } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { datasetQuery } from './dataset-queries';
import { geoQueries } from './geo/geo-queries';
import type { RegionMap } from './geo/region-map';
import type { Rivers } from './geo/rivers';
import type { LoadedDataset } from './load-dataset';
import { DATASET_NAMES, type DatasetName } from './schemas/registry';

/** The map's layers: static files like the datasets, but not records. */
export interface GeoFiles {
  basemap: FeatureCollection;
  rivers: Rivers;
  region: RegionMap;
}
export type GeoName = keyof GeoFiles;

/**
 * What the query layer knows of one file, in the store's words: TanStack's status (pending and not fetching =
 * `idle`; pending, or fetching again after an error = `loading`; success = `ready`; error = `error`) with the data or
 * the error's message, and the query's own refetch (Retry; the first load of a file fetched on demand).
 */
export type FileSlot<T> =
  | { status: 'idle' | 'loading'; refetch: () => void }
  | { status: 'ready'; data: T; refetch: () => void }
  | { status: 'error'; message: string; refetch: () => void };

/** Where the files go: the store's actions, passed in (the data layer does not know the store). */
export interface FileCallbacks {
  datasetChanged: (name: DatasetName, slot: FileSlot<LoadedDataset>) => void;
  geoChanged: <G extends GeoName>(name: G, slot: FileSlot<GeoFiles[G]>) => void;
}

/** Static files: never stale, never refetched on focus; retried by the user, not silently. */
export function createDataClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

function slotOf<T>(result: QueryObserverResult<T>, refetch: () => void): FileSlot<T> {
  if (result.status === 'success') return { status: 'ready', data: result.data, refetch };
  if (result.isFetching) return { status: 'loading', refetch };
  if (result.status === 'error') return { status: 'error', message: result.error.message, refetch };
  return { status: 'idle', refetch };
}

function watch<T, K extends readonly unknown[]>(
  client: QueryClient,
  options: QueryObserverOptions<T, Error, T, T, K>,
  commit: (slot: FileSlot<T>) => void,
): () => void {
  const observer = new QueryObserver(client, options);
  const refetch = () => void observer.refetch();
  commit(slotOf(observer.getCurrentResult(), refetch));
  return observer.subscribe((result) => commit(slotOf(result, refetch)));
}

/**
 * The one door from the files into the store. Every file has one query (`datasetQuery`, `geoQueries`); an observer
 * of each commits every change of its state to the store, outside React, so components read files only through store
 * hooks and no effect copies data around. The datasets start loading at once, each landing on its own (one slow file
 * delays only its panels); the map's layers load when the map first asks for them (`useGeoFile`).
 */
export function connectFiles(client: QueryClient, callbacks: FileCallbacks): () => void {
  const stops = [
    ...DATASET_NAMES.map((name) =>
      watch(client, datasetQuery(name), (slot: FileSlot<LoadedDataset>) => callbacks.datasetChanged(name, slot)),
    ),
    watch(client, { ...geoQueries.basemap(), enabled: false }, (slot) => callbacks.geoChanged('basemap', slot)),
    watch(client, { ...geoQueries.rivers(), enabled: false }, (slot) => callbacks.geoChanged('rivers', slot)),
    watch(client, { ...geoQueries.region(), enabled: false }, (slot) => callbacks.geoChanged('region', slot)),
  ];
  return () => stops.forEach((stop) => stop());
}
