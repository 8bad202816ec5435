import { describe, expect, it } from 'vitest';
import { axisAnnotations } from './flow-table';
import { selectGasFrame, selectGasView, type GasData } from './gas-selectors';
import {
  buildEvent,
  buildFlow,
  buildPrice,
  buildRoute,
  buildSource,
  buildSupplier,
  windowFilters,
} from './gas-test-builders';
import { ROUTE_IDS } from './route-ids';
import { capacityText, selectSchematic } from './route-selectors';

const DATA: GasData = {
  events: [
    buildEvent({
      id: 'fer',
      date: '2022-02-04',
      title: 'Far Eastern contract',
      marker: 'contract',
      sources: ['s-event'],
    }),
    buildEvent({
      id: 'memo',
      date: '2025-09-02',
      title: 'PoS-2 memorandum',
      marker: 'legally-binding-memorandum',
      quote: { speaker: 'Miller', text: 'legally binding' },
    }),
  ],
  flows: [
    buildFlow({ id: 'pos1-2022', year: 2022, bcm: 15.4 }),
    buildFlow({ id: 'pos1-2025', year: 2025, bcm: 38.8 }),
    buildFlow({ id: 'eu-2022', series: 'russia-to-europe', year: 2022, bcm: 63.8 }),
    buildFlow({ id: 'eu-2025', series: 'russia-to-europe', year: 2025, bcm: 18, sources: ['s-eu'] }),
  ],
  routes: [
    buildRoute({
      id: ROUTE_IDS.pos1,
      capacityHistory: [{ date: '2014', bcm: 38, sources: ['s'], confidence: 'confirmed' }],
    }),
  ],
  prices: [
    buildPrice({ id: 'cn', year: 2025, usdPer1000m3: 248.7, kind: 'estimate', vintage: '2025-09' }),
    buildPrice({
      id: 'eu',
      year: 2025,
      destination: 'europe-turkey',
      usdPer1000m3: 401.9,
      kind: 'estimate',
      vintage: '2025-09',
    }),
  ],
  suppliers: [buildSupplier({ year: 2024 })],
  keyEvents: [],
  sources: [buildSource({ id: 's-event' })],
};

describe('selectGasView', () => {
  it.each([
    {
      name: 'whole window: events, PoS-1 against its design, Europe before and after, the sourced price pair',
      filters: windowFilters('2014-01', '2026-12'),
      summary:
        '2 negotiation events in the window, latest 2 Sep 2025: legally binding memorandum. Power of Siberia 1 carried 38.8 bcm in 2025 (design 38 bcm/y). Russian pipeline gas to Europe went from 63.8 bcm (2022) to 18 bcm (2025). Sourced export price 2025 estimate (published Sep 2025): China US$248.7 vs Europe + Turkey US$401.9 per 1,000 m³.',
      rows: ['fer', 'memo'],
    },
    {
      name: 'window 2022: one event, one flow year, no price pair',
      filters: windowFilters('2022-01', '2022-12'),
      summary:
        '1 negotiation event in the window, latest 4 Feb 2022: contract. Power of Siberia 1 carried 15.4 bcm in 2022 (design 38 bcm/y).',
      rows: ['fer'],
    },
    {
      name: 'search narrows the events only',
      filters: windowFilters('2014-01', '2026-12', 'miller'),
      summary: expect.stringMatching(
        /^1 negotiation event in the window, latest 2 Sep 2025: legally binding memorandum\. Power of Siberia 1 carried 38\.8 bcm/,
      ),
      rows: ['memo'],
    },
  ])('$name', ({ filters, summary, rows }) => {
    const frame = selectGasFrame(DATA, filters);
    expect(frame.summary).toEqual(summary);
    expect(selectGasView(DATA, filters).table.rows.map((r) => r.id)).toEqual(rows);
    expect(frame.emptyReason).toBeNull();
  });

  it('says why the panel is empty when nothing falls in the window', () => {
    const frame = selectGasFrame(DATA, windowFilters('2016-01', '2016-12'));
    expect(frame.emptyReason).toMatch(/no gas negotiation events, flows, prices or import figures/);
    expect(frame.summary).toMatch(
      /^0 negotiation events in the window\. No Power of Siberia 1 flow year in the window\.$/,
    );
  });

  it('cites the sources of every record shown', () => {
    const ids = selectGasFrame(DATA, windowFilters('2025-01', '2025-12')).sourceIds;
    expect(new Set(ids)).toEqual(new Set(['s-event', 's-flow', 's-eu', 's-price']));
  });

  it('the timeline table carries the marker, the quote and the source ids', () => {
    const [row] = selectGasView(DATA, windowFilters('2025-01', '2025-12')).table.rows;
    expect(row).toMatchObject({
      date: '2 Sep 2025',
      marker: 'Legally binding memorandum',
      quote: 'Miller: “legally binding”',
      sources: 's-event',
    });
  });
});

describe('route schematic model', () => {
  it.each([
    [
      buildRoute({
        capacityHistory: [
          { date: '2025-09', bcm: 12, sources: ['s'], confidence: 'confirmed' },
          { date: '2022-02', bcm: 10, sources: ['s'], confidence: 'confirmed' },
        ],
      }),
      '10→12 bcm/y',
    ],
    [buildRoute({ capacityBcm: 55, capacityHistory: [] }), '55 bcm/y'],
    [buildRoute({ capacityBcm: null, capacityHistory: [] }), 'capacity not sourced'],
  ])('capacity text %#: %s', (route, text) => {
    expect(capacityText(route)).toBe(text);
  });

  it('splits pipelines from LNG and dashes everything not operating', () => {
    const { pipelines, lng } = selectSchematic([
      buildRoute({ id: 'a', status: 'operating' }),
      buildRoute({ id: 'b', status: 'memorandum' }),
      buildRoute({ id: 'c', kind: 'lng', status: 'operating' }),
    ]);
    expect(pipelines.map((r) => [r.id, r.dashed, r.statusLabel])).toEqual([
      ['a', false, 'operating'],
      ['b', true, 'memorandum'],
    ]);
    expect(lng.map((r) => r.id)).toEqual(['c']);
  });
});

describe('axisAnnotations', () => {
  const rows = [
    {
      key: '2018–2019',
      year: 2018,
      pos1: null,
      pos1Approx: false,
      europe: 175,
      europeRangeExtra: 5,
      europeApprox: false,
      pos1Flow: null,
      europeFlow: null,
    },
    {
      key: '2022',
      year: 2022,
      pos1: 15.4,
      pos1Approx: false,
      europe: 63.8,
      europeRangeExtra: null,
      europeApprox: false,
      pos1Flow: null,
      europeFlow: null,
    },
  ];
  const note = (year: number, label: string) => ({
    id: label,
    month: `${year}-01`,
    year,
    label,
    detail: '',
    sources: [],
  });

  it('letters the key events by category, folding a period’s years together and skipping years not on the axis', () => {
    expect(
      axisAnnotations(
        [note(2019, 'Peak'), note(2020, 'Off axis'), note(2022, 'Invasion'), note(2022, 'Portfolio')],
        rows,
      ),
    ).toEqual([
      { category: '2018–2019', letter: 'A', labels: ['Peak'] },
      { category: '2022', letter: 'B', labels: ['Invasion', 'Portfolio'] },
    ]);
  });
});
