import { queryOptions } from '@tanstack/react-query';
import { loadBasemap } from './basemap';
import { loadRegionMap } from './region-map';
import { loadRivers } from './rivers';

/** The map's layers, one cache entry each, like the datasets; they reach the map through the store (data-client.ts). */
export const geoQueries = {
  basemap: () =>
    queryOptions({
      queryKey: ['geo', 'basemap'] as const,
      queryFn: ({ signal }) => loadBasemap(signal),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
  rivers: () =>
    queryOptions({
      queryKey: ['geo', 'rivers'] as const,
      queryFn: ({ signal }) => loadRivers(signal),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
  region: () =>
    queryOptions({
      queryKey: ['geo', 'region'] as const,
      queryFn: ({ signal }) => loadRegionMap(signal),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};
