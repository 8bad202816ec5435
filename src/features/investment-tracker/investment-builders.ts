/** Small, schema-shaped records for the selector tests (the panel test uses the real data files instead). */
import * as shared from '@/testing/builders';
import type { Money } from '@/data/schemas/common';
import type { ProjectValue } from '@/data/schemas/projects';
import type { DatasetRecord } from '@/data/schemas/registry';
import type { Aggregate } from './headline-selectors';
import type { Project } from './investment-selectors';
import type { Source } from '@/domain/sources';

export function buildMoney(overrides: Partial<Money> = {}): Money {
  return { amount: 1, currency: 'USD', unit: 'bn', ...overrides };
}

/** A project value; `high` follows `low` unless given (a point value). */
export function buildValue(overrides: Partial<ProjectValue> = {}): ProjectValue {
  const low = overrides.low ?? 1;
  return { low, high: low, currency: 'USD', unit: 'bn', measures: 'investment', asPrinted: 'as printed', ...overrides };
}

export const buildProject = (overrides: Partial<Project> = {}): Project => shared.buildProject(overrides);

export function buildAggregate(overrides: Partial<Aggregate> = {}): Aggregate {
  return {
    id: 'a',
    topic: 'investment',
    label: 'Portfolio',
    kind: 'portfolio',
    scope: 'Intergovernmental commission portfolio',
    date: '2022-09-07',
    projectCount: 79,
    value: buildMoney({ amount: 160, qualifier: 'about' }),
    sources: ['src-a'],
    confidence: 'confirmed',
    ...overrides,
  };
}

export function buildSource(overrides: Partial<Source> = {}): Source {
  return shared.buildSource({
    id: 'src-a',
    title: 'Title A',
    publisher: 'TASS',
    url: 'https://tass.com/a',
    date: '2022-09-07',
    language: 'en',
    tier: 'outlet',
    ...overrides,
  });
}

export function buildEvent(overrides: Partial<DatasetRecord<'events'>> = {}): DatasetRecord<'events'> {
  return {
    id: 'e',
    date: '2022-02-24',
    label: 'Invasion of Ukraine',
    detail: 'd',
    kind: 'war',
    sources: ['src-a'],
    confidence: 'confirmed',
    ...overrides,
  };
}
