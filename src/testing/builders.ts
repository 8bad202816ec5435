import type { DatasetRecord } from '@/data/schemas/registry';

type Source = DatasetRecord<'sources'>;
type Project = DatasetRecord<'projects'>;

/** Small valid records for selector tests, shared by every panel (panel tests use the real data files). */
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

export function buildProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p',
    name: { en: 'Project' },
    sector: 'energy',
    dealType: 'equity',
    regions: ['amur'],
    chineseParty: 'Sinopec',
    chineseStakePct: null,
    value: null,
    dates: { announced: '2018' },
    status: 'announced',
    statusAsOf: '2024',
    statusNote: 'as reported',
    location: null,
    sources: ['src-a'],
    confidence: 'confirmed',
    ...overrides,
  };
}
