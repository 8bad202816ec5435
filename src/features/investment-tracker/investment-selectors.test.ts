import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import { buildProject } from './investment-builders';
import { buildLabels, filterProjects, filterProjectsExcept, firstDate, type Project } from './investment-selectors';

const projects: Project[] = [
  buildProject({
    id: 'gcc',
    name: { en: 'Amur GCC', ru: 'Амурский ГХК' },
    sector: 'petrochemicals',
    regions: ['amur'],
    status: 'under-construction',
    dates: { started: '2020-09' },
  }),
  buildProject({
    id: 'bridge',
    name: { en: 'Rail bridge', zh: '同江铁路大桥' },
    sector: 'transport',
    regions: ['jewish-ao', 'heilongjiang'],
    status: 'operating',
    dates: { started: '2014-02', completed: '2022-11' },
  }),
  buildProject({
    id: 'fepco',
    name: { en: 'FEPCO' },
    sector: 'petrochemicals',
    regions: ['primorye'],
    status: 'cancelled',
    dealType: 'plan',
    dates: { announced: '2015-09' },
    statusAsOf: '2016',
  }),
  buildProject({
    id: 'undated',
    name: { en: 'Undated' },
    sector: 'timber',
    dealType: 'loan',
    regions: ['khabarovsk'],
    dates: {},
    statusAsOf: null,
  }),
];

const f = (overrides: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...overrides });
const ids = (list: readonly Project[]) => list.map((p) => p.id);

describe('filterProjects', () => {
  it.each([
    ['no filters: everything', f({}), ['gcc', 'bridge', 'fepco', 'undated']],
    ['one sector', f({ sectors: ['petrochemicals'] }), ['gcc', 'fepco']],
    ["a region matches any of a project's regions", f({ regions: ['heilongjiang'] }), ['bridge']],
    ['statuses', f({ statuses: ['operating', 'cancelled'] }), ['bridge', 'fepco']],
    ['search in Russian', f({ search: 'амурский' }), ['gcc']],
    ['search in Chinese', f({ search: '同江' }), ['bridge']],
    [
      'a window before 2016 keeps projects active then, and undated ones',
      f({ from: '2014-01', to: '2015-12' }),
      ['bridge', 'fepco', 'undated'],
    ],
    [
      'a window after a cancellation drops it; ongoing projects stay',
      f({ from: '2023-01', to: '2024-12' }),
      ['gcc', 'bridge', 'undated'],
    ],
    ['deal types', f({ dealTypes: ['loan', 'plan'] }), ['fepco', 'undated']],
    ['dimensions combine with AND', f({ sectors: ['petrochemicals'], statuses: ['operating'] }), []],
  ])('%s', (_name, filters, expected) => expect(ids(filterProjects(projects, filters))).toEqual(expected));
});

describe('filterProjectsExcept', () => {
  it.each([
    ['sectors', f({ sectors: ['transport'], statuses: ['cancelled', 'operating'] }), ['bridge', 'fepco']],
    ['statuses', f({ sectors: ['petrochemicals'], statuses: ['operating'] }), ['gcc', 'fepco']],
    ['regions', f({ regions: ['amur'], sectors: ['petrochemicals'] }), ['gcc', 'fepco']],
    ['dealTypes', f({ dealTypes: ['plan'], sectors: ['petrochemicals'] }), ['gcc', 'fepco']],
  ] as const)('ignores %s and keeps the other filters', (dimension, filters, expected) => {
    expect(ids(filterProjectsExcept(projects, filters, dimension))).toEqual(expected);
  });
});

describe('firstDate', () => {
  it.each([
    [{ announced: '2016', started: '2015-03' }, '2015-03'],
    [{ completed: '2022-11-16' }, '2022-11-16'],
    [{}, null],
  ])('%o → %s (statusAsOf is not a milestone)', (dates, expected) => {
    expect(firstDate(buildProject({ dates, statusAsOf: '2010' }))).toBe(expected);
  });
});

describe('buildLabels', () => {
  it('maps sector and region ids to display names', () => {
    const labels = buildLabels(
      [{ id: 'lng', label: 'LNG' }],
      [{ id: 'amur', country: 'RU', kind: 'federal-subject', name: { en: 'Amur Oblast' } }],
    );
    expect(labels).toEqual({ sectors: { lng: 'LNG' }, regions: { amur: 'Amur Oblast' } });
  });
});
