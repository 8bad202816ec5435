import { queryOptions } from '@tanstack/react-query';
import { loadBasemap } from './basemap';
import { loadRegionMap } from './region-map';
import { loadRivers } from './rivers';

/**
 * Map layers are static files like the datasets, but they are not records for the store: the map reads them straight
 * from the query cache (no `meta.dataset`, so the cache does not commit them to the store).
 */
export const geoKeys = {
  all: ['geo'] as const,
  basemap: () => ['geo', 'basemap'] as const,
  rivers: () => ['geo', 'rivers'] as const,
  region: () => ['geo', 'region'] as const,
};

export const geoQueries = {
  basemap: () =>
    queryOptions({ queryKey: geoKeys.basemap(), queryFn: ({ signal }) => loadBasemap(signal), staleTime: Infinity, gcTime: Infinity, retry: false }),
  rivers: () =>
    queryOptions({ queryKey: geoKeys.rivers(), queryFn: ({ signal }) => loadRivers(signal), staleTime: Infinity, gcTime: Infinity, retry: false }),
  region: () =>
    queryOptions({ queryKey: geoKeys.region(), queryFn: ({ signal }) => loadRegionMap(signal), staleTime: Infinity, gcTime: Infinity, retry: false }),
};
