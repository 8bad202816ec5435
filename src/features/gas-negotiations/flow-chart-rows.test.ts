import { describe, expect, it } from 'vitest';
import { combinedCapacity, selectCapacityLines, selectFlowRows } from './flow-selectors';
import { gasCapacityRows, gasCapacityTitle, gasFlowRows, gasFlowsTitle } from './flow-chart-rows';
import { buildFlow, buildRoute, windowFilters } from './gas-test-builders';
import { ROUTE_IDS } from './route-ids';

const FLOWS = [
  buildFlow({
    id: 'eu-peak',
    series: 'russia-to-europe',
    year: 2018,
    yearEnd: 2019,
    bcm: 175,
    bcmMax: 180,
    sources: ['iea'],
  }),
  buildFlow({ id: 'pos1-2020', year: 2020, bcm: 4.1, sources: ['tass'] }),
  buildFlow({ id: 'eu-2024', series: 'russia-to-europe', year: 2024, bcm: 32, sources: ['reuters'] }),
  buildFlow({ id: 'pos1-2024', year: 2024, bcm: 31.12, sources: ['tass'] }),
];
const ROUTES = [
  buildRoute({
    id: ROUTE_IDS.pos1,
    name: { en: 'Power of Siberia 1' },
    status: 'operating',
    capacityHistory: [
      { date: '2019-12', bcm: 38, sources: ['gazprom'], confidence: 'confirmed' },
      { date: '2025-09', bcm: 44, sources: ['reuters'], confidence: 'confirmed' },
    ],
  }),
  buildRoute({
    id: ROUTE_IDS.pos2,
    name: { en: 'Power of Siberia 2' },
    status: 'memorandum',
    capacityHistory: [{ date: '2025-09', bcm: 50, sources: ['kremlin'], confidence: 'confirmed' }],
  }),
];
const filters = windowFilters('2014-01', '2026-12');

describe('gas-flows rows: exactly the bars drawn', () => {
  const rows = gasFlowRows(selectFlowRows(FLOWS, filters));
  it('one row per bar, a range as low and high, numbers unformatted, sources by id', () => {
    expect(rows.map((r) => [r.series, r.category, r.value, r.low, r.high, r.sourceIds.join(' ')])).toEqual([
      ['Russian pipeline gas to Europe', '2018–2019', 175, 175, 180, 'iea'],
      ['Power of Siberia 1 to China', '2020', 4.1, null, null, 'tass'],
      ['Power of Siberia 1 to China', '2024', 31.12, null, null, 'tass'],
      ['Russian pipeline gas to Europe', '2024', 32, null, null, 'reuters'],
    ]);
  });
  it('titles the chart with the change it shows, ranges as ranges', () => {
    expect(gasFlowsTitle(selectFlowRows(FLOWS, filters))).toBe(
      'Russian pipeline gas to Europe fell from 175–180 bcm (2018–2019) to 32 bcm (2024); Power of Siberia 1 carried 31.12 bcm to China in 2024',
    );
  });
});

describe('gas-capacity rows', () => {
  const lines = selectCapacityLines(ROUTES, filters);
  const combined = combinedCapacity(lines);
  it('one row per capacity bar and the derived sum, named without letter codes', () => {
    expect(gasCapacityRows(lines, combined).map((r) => [r.category, r.value, r.confidence])).toEqual([
      ['Power of Siberia 1, design capacity', 38, 'confirmed'],
      ['Power of Siberia 1, agreed Sep 2025', 44, 'confirmed'],
      ['Power of Siberia 2, memorandum', 50, 'confirmed'],
      ['All Russia → China pipelines, latest capacities (sum)', 94, 'derived'],
    ]);
  });
  it('says what operates against what is agreed', () => {
    expect(gasCapacityTitle(lines, combined)).toBe(
      'Russia’s pipelines to China: 38 bcm a year operating; ≈94 if every agreed route is built',
    );
  });
});
