/** Small, schema-shaped records for the overview's selector tests (the container test uses the real data files). */
import type { DatasetRecord } from '@/data/schemas/registry';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import type { FileState } from './overview-figure';

export function file<T>(records: readonly T[], asOf = '2026-02'): FileState<T> {
  return { records, asOf };
}

export function filters(overrides: Partial<Filters> = {}): Filters {
  return { ...DEFAULT_FILTERS, from: '2014-01', to: '2026-12', ...overrides };
}

export function buildMonth(month: string, totalUsdBn: number, overrides: Partial<DatasetRecord<'trade-monthly'>> = {}) {
  return {
    id: `m-${month}`,
    month,
    totalUsdBn,
    sources: ['src-m'],
    confidence: 'confirmed',
    ...overrides,
  } satisfies DatasetRecord<'trade-monthly'>;
}

export function buildPeriod(
  from: string,
  to: string,
  totalUsdBn: number,
  overrides: Partial<DatasetRecord<'trade-periods'>> = {},
) {
  return {
    id: `p-${from}-${to}`,
    from,
    to,
    totalUsdBn,
    sources: ['src-p'],
    confidence: 'confirmed',
    ...overrides,
  } satisfies DatasetRecord<'trade-periods'>;
}

export function buildYear(year: number, totalUsdBn: number, overrides: Partial<DatasetRecord<'trade-annual'>> = {}) {
  return {
    id: `y-${year}`,
    year,
    totalUsdBn,
    basis: 'GACC',
    sources: ['src-y'],
    confidence: 'confirmed',
    ...overrides,
  } satisfies DatasetRecord<'trade-annual'>;
}

/** Twelve single months of one year, all with the same total. */
export function buildYearOfMonths(year: number, each: number): DatasetRecord<'trade-monthly'>[] {
  return Array.from({ length: 12 }, (_, i) => buildMonth(`${year}-${String(i + 1).padStart(2, '0')}`, each));
}

export function buildFlow(year: number, bcm: number, overrides: Partial<DatasetRecord<'gas-flows'>> = {}) {
  return {
    id: `f-${year}`,
    series: 'pos1-to-china',
    year,
    bcm,
    sources: ['src-f'],
    confidence: 'confirmed',
    ...overrides,
  } satisfies DatasetRecord<'gas-flows'>;
}

export function buildRoute(overrides: Partial<DatasetRecord<'gas-routes'>> = {}): DatasetRecord<'gas-routes'> {
  return {
    id: 'power-of-siberia-1',
    name: { en: 'Power of Siberia 1' },
    kind: 'pipeline',
    route: 'Russia → China',
    capacityBcm: 38,
    capacityHistory: [],
    status: 'operating',
    sources: ['src-r'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildShare(date: string, valuePct: number, overrides: Partial<DatasetRecord<'yuan-share'>> = {}) {
  return {
    id: `s-${date}`,
    date,
    metric: 'ruble-yuan-share-russia-china-settlements',
    label: 'Settlements in rubles and yuan',
    valuePct,
    scope: 'Russia–China settlements',
    sources: ['src-s'],
    confidence: 'confirmed',
    ...overrides,
  } satisfies DatasetRecord<'yuan-share'>;
}

export function buildProject(
  id: string,
  status: string,
  overrides: Partial<DatasetRecord<'projects'>> = {},
): DatasetRecord<'projects'> {
  return {
    id,
    name: { en: `Project ${id}` },
    sector: 'energy',
    dealType: 'equity',
    regions: ['amur-oblast'],
    chineseParty: 'Sinopec',
    chineseStakePct: null,
    value: null,
    dates: { announced: '2018' },
    // A status the schema does not know arrives as a plain string (the figure counts it as other).
    status: status as DatasetRecord<'projects'>['status'],
    statusAsOf: '2025',
    statusNote: 'as reported',
    location: null,
    sources: [`src-${id}`],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildPlace(
  id: string,
  status: DatasetRecord<'places'>['status'],
  overrides: Partial<DatasetRecord<'places'>> = {},
): DatasetRecord<'places'> {
  return {
    id,
    name: { en: `Place ${id}` },
    kind: 'crossing',
    modes: ['road'],
    regions: ['amur-oblast'],
    opened: null,
    status,
    heilongjiangPort: false,
    location: null,
    sources: [`src-${id}`],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildSource(id: string, overrides: Partial<DatasetRecord<'sources'>> = {}): DatasetRecord<'sources'> {
  return {
    id,
    title: `Title ${id}`,
    publisher: `Publisher ${id}`,
    url: `https://example.org/${id}`,
    date: null,
    language: 'en',
    tier: 'outlet',
    ...overrides,
  };
}
