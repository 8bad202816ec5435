import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '@/data/schemas/registry';
import { buildProject } from '@/testing/builders';
import {
  matchesAny,
  matchesSearch,
  matchingProjects,
  placeMatches,
  projectInWindow,
  spanInWindow,
} from './filter-match';
import { DEFAULT_FILTERS, type Filters } from './view-state';

describe('filter predicates', () => {
  it.each([
    ['', ['anything'], true],
    ['heihe', ['Blagoveshchensk–Heihe road bridge'], true],
    ['СИЛА', ['Сила Сибири 2'], true],
    ['黑河', ['黑河公路口岸'], true],
    ['tumen', ['Friendship Bridge', undefined, null], false],
    ['Еловый', ['Ёловый'], true],
    ['sao paulo', ['São Paulo'], true],
  ])('search %j in %j → %s', (search, texts, expected) => {
    expect(matchesSearch(search, texts)).toBe(expected);
  });

  it('an empty selection matches everything; otherwise any overlap matches', () => {
    expect(matchesAny([], ['x'])).toBe(true);
    expect(matchesAny(['a'], ['b', 'a'])).toBe(true);
    expect(matchesAny(['a'], ['b'])).toBe(false);
  });

  it.each([
    ['2020', '2020', '2020-01', '2020-12', true],
    ['2019', '2019', '2020-01', '2024-12', false],
    ['2016-12', '2019-12', '2018-01', '2018-06', true],
    ['2022-06-10', '2022-06-10', '2022-07', '2023-01', false],
  ])('span %s–%s vs window %s–%s → %s', (first, last, from, to, expected) => {
    expect(spanInWindow(first, last, { from, to })).toBe(expected);
  });
});

describe('projectInWindow (shared by the investment panel and the map)', () => {
  const window2024 = { from: '2024-01', to: '2024-12' };
  it.each([
    [
      'a suspended project stays in later windows (it is its current state)',
      { status: 'suspended', dates: { started: '2023-12' }, statusAsOf: null },
      true,
    ],
    [
      'an operating project runs to now',
      { status: 'operating', dates: { completed: '2017' }, statusAsOf: '2019' },
      true,
    ],
    [
      'an announcement last heard of in 2016 is not in 2024',
      { status: 'announced', dates: { announced: '2016' }, statusAsOf: '2016' },
      false,
    ],
    ['a project with no sourced date is kept', { status: 'agreed', dates: {}, statusAsOf: null }, true],
  ] as const)('%s', (_name, project, expected) => {
    expect(projectInWindow(project, window2024)).toBe(expected);
  });
});

describe('matchingProjects (one filtering per project list and filters, shared by the panels)', () => {
  const energy = buildProject({ id: 'energy', sector: 'energy' });
  const mining = buildProject({ id: 'mining', sector: 'mining' });
  const projects = [energy, mining];

  it('lets through the projects the filters match', () => {
    expect(matchingProjects(projects, { ...DEFAULT_FILTERS, sectors: ['mining'] })).toEqual([mining]);
    expect(matchingProjects(projects, DEFAULT_FILTERS)).toEqual([energy, mining]);
  });

  it('gives the same list to every panel asking with the same filters, and a fresh one for other filters', () => {
    const filters: Filters = { ...DEFAULT_FILTERS, sectors: ['energy'] };
    const first = matchingProjects(projects, filters);
    expect(matchingProjects(projects, filters)).toBe(first);
    expect(matchingProjects(projects, { ...filters, sectors: ['mining'] })).toEqual([mining]);
    expect(matchingProjects([...projects], filters)).not.toBe(first);
  });
});

describe('placeMatches (shared by the map and the overview)', () => {
  const place: DatasetRecord<'places'> = {
    id: 'heihe',
    name: { en: 'Heihe port', zh: '黑河' },
    kind: 'crossing',
    modes: ['road'],
    counterpart: { en: 'Blagoveshchensk' },
    regions: ['heilongjiang', 'amur-oblast'],
    opened: '2022-06',
    status: 'operating',
    heilongjiangPort: true,
    location: null,
    sources: ['s'],
    confidence: 'confirmed',
  };
  const window2021 = { ...DEFAULT_FILTERS, from: '2021-01', to: '2021-12' };
  it.each<[string, Partial<DatasetRecord<'places'>>, Partial<Filters>, boolean]>([
    ['opened after the window ends', {}, window2021, false],
    ['no sourced opening date (kept)', { opened: null }, window2021, true],
    ['opened by the window end', {}, { to: '2022-06' }, true],
    ['a region of either side', {}, { regions: ['amur-oblast'] }, true],
    ['another region', {}, { regions: ['primorsky-krai'] }, false],
    ['another status', {}, { statuses: ['planned'] }, false],
    ["the counterpart's name", {}, { search: 'blagovesh' }, true],
    ['a name nowhere', {}, { search: 'tumen' }, false],
    ['a sector filter (places have none)', {}, { sectors: ['lng'] }, true],
  ])('%s → %s', (_, patch, filters, expected) => {
    expect(placeMatches({ ...place, ...patch }, { ...DEFAULT_FILTERS, ...filters })).toBe(expected);
  });
});
