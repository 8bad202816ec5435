// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCrossReferences, newestDate, sourceIdsUsed, type DataFiles } from './cross-references';

const sources = { records: [{ id: 'tass' }, { id: 'seed-article' }, { id: 'reuters' }] };
const sectors = { records: [{ id: 'lng' }] };
const regions = { records: [{ id: 'amur-oblast' }, { id: 'heilongjiang' }] };

function project(patch: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    sector: 'lng',
    regions: ['amur-oblast'],
    confidence: 'confirmed',
    sources: ['tass'],
    dates: { started: '2020-09' },
    location: null,
    ...patch,
  };
}

function check(files: DataFiles) {
  return checkCrossReferences({ sources, sectors, regions, ...files }).map(
    (p) => `${p.file} › ${p.recordId} › ${p.field}`,
  );
}

describe('checkCrossReferences', () => {
  it('finds nothing wrong in consistent files', () => {
    expect(check({ projects: { records: [project()] } })).toEqual([]);
  });

  it.each<[string, DataFiles, string[]]>([
    [
      'an unknown source id',
      { projects: { records: [project({ sources: ['tass', 'nope'] })] } },
      ['projects.json › p1 › sources[1]'],
    ],
    [
      'an unknown source id in a nested conversion',
      { projects: { records: [project({ value: { usd: { sources: ['nope'] } } })] } },
      ['projects.json › p1 › value.usd.sources[0]'],
    ],
    [
      'an unknown source id in a location',
      { places: { records: [{ id: 'x', regions: [], sources: [], location: { lat: 1, lon: 1, sources: ['nope'] } }] } },
      ['places.json › x › location.sources[0]'],
    ],
    ['an unknown sector', { projects: { records: [project({ sector: 'steel' })] } }, ['projects.json › p1 › sector']],
    [
      'an unknown region',
      { projects: { records: [project({ regions: ['amur-oblast', 'tibet'] })] } },
      ['projects.json › p1 › regions[1]'],
    ],
    [
      'an unknown route',
      {
        'gas-routes': { records: [{ id: 'pos1' }] },
        'gas-events': { records: [{ id: 'e', date: '2025', routes: ['pos1', 'pos9'], sources: ['tass'] }] },
      },
      ['gas-events.json › e › routes[1]'],
    ],
    ['a duplicate id', { projects: { records: [project(), project()] } }, ['projects.json › p1 › id']],
    [
      'an impossible date',
      { events: { records: [{ id: 'e', date: '2023-02-30', sources: ['tass'] }] } },
      ['events.json › e › date'],
    ],
    [
      'an impossible nested date',
      { projects: { records: [project({ dates: { completed: '2022-13' } })] } },
      ['projects.json › p1 › dates.completed'],
    ],
    [
      'an impossible month',
      { 'trade-monthly': { records: [{ id: 'm', month: '2024-00', sources: ['tass'] }] } },
      ['trade-monthly.json › m › month'],
    ],
    [
      'an end date before the start',
      { events: { records: [{ id: 'e', date: '2024-05-16', endDate: '2024-05-15', sources: ['tass'] }] } },
      ['events.json › e › endDate'],
    ],
    [
      'a period that ends before it starts',
      { 'trade-periods': { records: [{ id: 't', from: '2024-05', to: '2024-01', sources: ['tass'] }] } },
      ['trade-periods.json › t › to'],
    ],
    [
      'a latitude of 200',
      {
        places: {
          records: [{ id: 'x', regions: [], sources: ['tass'], location: { lat: 200, lon: 130, sources: ['tass'] } }],
        },
      },
      ['places.json › x › location.lat'],
    ],
    [
      'a longitude of −181',
      {
        places: {
          records: [{ id: 'x', regions: [], sources: ['tass'], location: { lat: 42, lon: -181, sources: ['tass'] } }],
        },
      },
      ['places.json › x › location.lon'],
    ],
    [
      'a derived record without a method',
      { 'trade-monthly': { records: [{ id: 'm', month: '2023-12', confidence: 'derived', sources: ['tass'] }] } },
      ['trade-monthly.json › m › method'],
    ],
    [
      'an articleClaim without the seed article',
      {
        aggregates: {
          records: [{ id: 'a', date: '2023', sources: ['tass'], articleClaim: { wording: 'w', correction: 'c' } }],
        },
      },
      ['aggregates.json › a › sources'],
    ],
    [
      'a record that is not an object',
      { sectors: { records: [{ id: 'lng' }, 'oops'] } },
      ['sectors.json › #1 › (record)'],
    ],
  ])('reports %s', (_, files, expected) => {
    expect(check(files)).toEqual(expected);
  });

  it('accepts an end date given as a month that contains the start day', () => {
    expect(
      check({
        'payment-events': { records: [{ id: 'e', date: '2025-08-11', endDate: '2025-08', sources: ['tass'] }] },
      }),
    ).toEqual([]);
  });

  it('does not treat the free-text date of an articleClaim as a data date', () => {
    expect(
      check({
        aggregates: {
          records: [
            {
              id: 'a',
              date: '2023',
              sources: ['seed-article', 'tass'],
              articleClaim: { date: 'end of 2023', wording: 'w', correction: 'c' },
            },
          ],
        },
      }),
    ).toEqual([]);
  });

  it('skips reference checks for files that are not loaded', () => {
    expect(
      checkCrossReferences({ projects: { records: [project({ sector: 'x', regions: ['y'], sources: ['z'] })] } }),
    ).toEqual([]);
  });

  it('gives each problem a readable message', () => {
    const [problem] = checkCrossReferences({ sources, projects: { records: [project({ sources: ['nope'] })] } });
    expect(problem).toEqual({
      file: 'projects.json',
      recordId: 'p1',
      field: 'sources[0]',
      message: 'unknown source id "nope"',
    });
  });
});

describe('helpers', () => {
  it.each<[(string | null)[], string | null]>([
    [['2024', '2024-05', '2023-12-31'], '2024-05'],
    [['2026-02', '2026-02-15', null], '2026-02-15'],
    [['2025-09', '2025'], '2025-09'],
    [[null, null], null],
    [['not a date', '2020'], '2020'],
  ])('newestDate(%j) = %s', (dates, expected) => {
    expect(newestDate(dates)).toBe(expected);
  });

  it('sourceIdsUsed collects nested ids', () => {
    const used = sourceIdsUsed([
      { sources: ['a'], value: { usd: { sources: ['b'] } }, capacityHistory: [{ sources: ['c'] }] },
    ]);
    expect([...used].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('articleClaim sourcing', () => {
  it('needs a source besides the seed article', () => {
    const problems = checkCrossReferences({
      sources,
      aggregates: {
        records: [
          { id: 'a', date: '2023', sources: ['seed-article'], articleClaim: { wording: 'w', correction: 'c' } },
        ],
      },
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'sources: a record with an articleClaim needs a source besides the seed article for the value it shows',
    ]);
  });
});
