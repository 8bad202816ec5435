import type { Project } from './border-filters';
import type { Place, Source } from './place-view';

/** Small valid records for selector tests (the panel tests use the real data files). */
export function buildPlace(overrides: Partial<Place> = {}): Place {
  return {
    id: 'alpha-port',
    name: { en: 'Alpha port', ru: 'Альфа', zh: '阿尔法' },
    kind: 'crossing',
    modes: ['road'],
    counterpart: { en: 'Beta', ru: 'Бета' },
    regions: ['heilongjiang', 'amur-oblast'],
    opened: '2010',
    status: 'operating',
    heilongjiangPort: true,
    location: { lat: 50, lon: 127, confidence: 'confirmed', sources: ['src-b'] },
    sources: ['src-a'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 'gamma-plant',
    name: { en: 'Gamma plant' },
    sector: 'petrochemicals',
    regions: ['amur-oblast'],
    chineseParty: 'Sinopec',
    chineseStakePct: 40,
    value: null,
    dates: { started: '2020-09' },
    status: 'under-construction',
    statusAsOf: '2025-12',
    statusNote: 'being built',
    location: { lat: 51, lon: 128, confidence: 'approximate', sources: [], note: 'town centre' },
    sources: ['src-a'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'src-a',
    title: 'Report A',
    publisher: 'TASS',
    url: 'https://example.org/a',
    date: '2024-05',
    language: 'en',
    tier: 'outlet',
    ...overrides,
  };
}
