// Small record builders for the selector tests: each test states only the fields it is about.
import type { DatasetRecord } from '@/data/schemas/registry';
import type { Filters } from '@/domain/view-state';
import { DEFAULT_FILTERS } from '@/domain/view-state';

export function windowFilters(from: string, to: string, search = ''): Filters {
  return { ...DEFAULT_FILTERS, from, to, search };
}

export function buildPrice(overrides: Partial<DatasetRecord<'gas-prices'>> = {}): DatasetRecord<'gas-prices'> {
  return {
    id: 'p',
    year: 2022,
    destination: 'china',
    usdPer1000m3: 100,
    kind: 'actual',
    vintage: '2023-09',
    sources: ['s-price'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildFlow(overrides: Partial<DatasetRecord<'gas-flows'>> = {}): DatasetRecord<'gas-flows'> {
  return {
    id: 'f',
    series: 'pos1-to-china',
    year: 2022,
    bcm: 10,
    sources: ['s-flow'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildRoute(overrides: Partial<DatasetRecord<'gas-routes'>> = {}): DatasetRecord<'gas-routes'> {
  return {
    id: 'r',
    name: { en: 'Route' },
    kind: 'pipeline',
    route: 'A → B',
    capacityBcm: 10,
    capacityHistory: [],
    status: 'operating',
    sources: ['s-route'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildEvent(overrides: Partial<DatasetRecord<'gas-events'>> = {}): DatasetRecord<'gas-events'> {
  return {
    id: 'e',
    date: '2022-02-04',
    title: 'Event',
    detail: 'Detail',
    actors: ['gazprom'],
    marker: 'contract',
    routes: [],
    sources: ['s-event'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildSupplier(overrides: Partial<DatasetRecord<'gas-suppliers'>> = {}): DatasetRecord<'gas-suppliers'> {
  return {
    id: 's',
    year: 2024,
    supplier: 'Turkmenistan',
    mode: 'pipeline',
    metric: 'value-usd-bn',
    value: 1,
    sources: ['s-sup'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildSource(overrides: Partial<DatasetRecord<'sources'>> = {}): DatasetRecord<'sources'> {
  return {
    id: 's-event',
    title: 'A report',
    publisher: 'TASS',
    url: 'https://tass.com/x',
    date: '2022-02-04',
    language: 'en',
    tier: 'outlet',
    ...overrides,
  };
}
