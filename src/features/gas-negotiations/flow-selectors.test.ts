import { describe, expect, it } from 'vitest';
import {
  combinedCapacity,
  flowValueText,
  selectCapacityLines,
  selectFlowNotes,
  selectFlowRows,
} from './flow-selectors';
import { buildFlow, buildRoute, windowFilters } from './gas-test-builders';
import { ROUTE_IDS } from './route-ids';

const FLOWS = [
  buildFlow({ id: 'eu-peak', series: 'russia-to-europe', year: 2018, yearEnd: 2019, bcm: 175, bcmMax: 180 }),
  buildFlow({ id: 'pos1-2020', year: 2020, bcm: 4.1 }),
  buildFlow({
    id: 'eu-2021',
    series: 'russia-to-europe',
    year: 2021,
    bcm: 155,
    qualifier: 'about',
    scope: 'EU, all gas',
  }),
  buildFlow({ id: 'pos1-2021', year: 2021, bcm: 10.39 }),
  buildFlow({ id: 'eu-2024', series: 'russia-to-europe', year: 2024, bcm: 32 }),
  buildFlow({ id: 'pos1-2024', year: 2024, bcm: 31.12 }),
];

describe('selectFlowRows (bcm per year or period)', () => {
  it.each([
    { name: 'whole window', from: '2014-01', to: '2026-12', keys: ['2018–2019', '2020', '2021', '2024'] },
    { name: 'a window inside 2019 keeps the 2018–2019 period', from: '2019-06', to: '2019-12', keys: ['2018–2019'] },
    { name: 'a window from 2021', from: '2021-01', to: '2026-12', keys: ['2021', '2024'] },
    { name: 'a window with no flows', from: '2014-01', to: '2017-12', keys: [] },
  ])('$name', ({ from, to, keys }) => {
    expect(selectFlowRows(FLOWS, windowFilters(from, to)).map((r) => r.key)).toEqual(keys);
  });

  it.each([
    // key, PoS-1, Europe (lower bound), range extension, Europe approximate
    ['2018–2019', null, 175, 5, false],
    ['2021', 10.39, 155, null, true],
    ['2024', 31.12, 32, null, false],
  ])('%s: PoS-1 %s bcm, Europe %s bcm (+%s range), approximate %s', (key, pos1, europe, extra, approx) => {
    const row = selectFlowRows(FLOWS, windowFilters('2014-01', '2026-12')).find((r) => r.key === key);
    expect([row?.pos1, row?.europe, row?.europeRangeExtra, row?.europeApprox]).toEqual([pos1, europe, extra, approx]);
  });
});

describe('flow notes and value text', () => {
  it.each([
    [{ bcm: 175, bcmMax: 180 }, '175–180 bcm'],
    [{ bcm: 155, qualifier: 'about' as const }, '≈155 bcm'],
    [{ bcm: 31.12 }, '31.12 bcm'],
  ])('%j → %s', (flow, text) => {
    expect(flowValueText(flow)).toBe(text);
  });

  it('keeps scope notes visible for the figures in the window', () => {
    expect(selectFlowNotes(FLOWS, windowFilters('2014-01', '2026-12')).map((n) => n.text)).toEqual([
      '2018–2019: 175–180 bcm',
      '2021: ≈155 bcm — scope: EU, all gas',
    ]);
    expect(selectFlowNotes(FLOWS, windowFilters('2022-01', '2026-12'))).toEqual([]);
  });
});

describe('selectCapacityLines (bcm/y, as of the window end)', () => {
  const ROUTES = [
    buildRoute({
      id: ROUTE_IDS.pos1,
      name: { en: 'Power of Siberia 1' },
      status: 'operating',
      capacityHistory: [
        { date: '2025-09', bcm: 44, sources: ['s'], confidence: 'confirmed' },
        { date: '2014-05', bcm: 38, sources: ['s'], confidence: 'confirmed' },
      ],
    }),
    buildRoute({
      id: ROUTE_IDS.farEastern,
      name: { en: 'Far Eastern route' },
      status: 'under-construction',
      capacityHistory: [
        { date: '2022-02', bcm: 10, sources: ['s'], confidence: 'confirmed' },
        { date: '2025-09', bcm: 12, sources: ['s'], confidence: 'confirmed' },
      ],
    }),
    buildRoute({
      id: ROUTE_IDS.pos2,
      name: { en: 'Power of Siberia 2' },
      status: 'memorandum',
      capacityHistory: [{ date: '2025-09-02', bcm: 50, sources: ['s'], confidence: 'confirmed' }],
    }),
    buildRoute({
      id: ROUTE_IDS.centralAsia,
      capacityHistory: [{ date: '2014', bcm: 55, sources: ['s'], confidence: 'confirmed' }],
    }),
  ];

  it.each([
    {
      to: '2026-12',
      lines: [
        ['power-of-siberia-1-design', 38, false],
        ['power-of-siberia-1-latest', 44, true],
        ['far-eastern-route-latest', 12, true],
        ['power-of-siberia-2-latest', 50, true],
      ],
      combined: 106,
    },
    {
      to: '2023-12',
      lines: [
        ['power-of-siberia-1-design', 38, false],
        ['far-eastern-route-latest', 10, true],
      ],
      combined: 48,
    },
    { to: '2019-12', lines: [['power-of-siberia-1-design', 38, false]], combined: null },
    { to: '2013-12', lines: [], combined: null },
  ])('window ending $to', ({ to, lines, combined }) => {
    const shown = selectCapacityLines(ROUTES, windowFilters('2014-01', to));
    expect(shown.map((l) => [l.id, l.bcm, l.planned])).toEqual(lines);
    expect(combinedCapacity(shown)).toBe(combined);
  });

  it('labels say the route, the capacity path and the status', () => {
    const labels = selectCapacityLines(ROUTES, windowFilters('2014-01', '2026-12')).map((l) => l.label);
    expect(labels).toEqual([
      'Power of Siberia 1 design capacity: 38 bcm/y (May 2014)',
      'Power of Siberia 1 after the Sep 2025 agreement: 44 bcm/y',
      'Far Eastern route (under construction): 10→12 bcm/y',
      'Power of Siberia 2 (memorandum): 50 bcm/y',
    ]);
  });
});
