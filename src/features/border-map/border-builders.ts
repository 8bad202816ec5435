import * as shared from '@/testing/builders';
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
  return shared.buildProject({
    id: 'gamma-plant',
    name: { en: 'Gamma plant' },
    sector: 'petrochemicals',
    dealType: 'equity',
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
  });
}

/** The shared source builder: TASS, “Report A” (May 2024). */
export const buildSource = (overrides: Partial<Source> = {}): Source => shared.buildSource(overrides);
