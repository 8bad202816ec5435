import { describe, expect, test } from 'vitest';
import { buildFlow, buildRoute, buildShare, buildSource, file, filters } from './overview-builders';
import { pos1Figure, settlementsFigure } from './latest-figures';

describe('Power of Siberia 1', () => {
  const flows = file([
    buildFlow(2024, 31.12),
    buildFlow(2025, 38.8),
    buildFlow(2018, 175, { series: 'russia-to-europe', yearEnd: 2019 }),
  ]);
  const routes = file([
    buildRoute({
      capacityHistory: [
        { date: '2014', bcm: 38, sources: ['src-c'], confidence: 'confirmed' },
        { date: '2025-09-02', bcm: 44, sources: ['src-u'], confidence: 'confirmed', note: 'Uplift agreed.' },
      ],
    }),
  ]);

  test('the latest full year against the capacity in force at its start; a later capacity named with its date', () => {
    const figure = pos1Figure(flows, routes, filters());
    expect(figure).toMatchObject({
      value: '38.8',
      unit: 'bcm',
      period: '2025',
      // 38.8 / 31.12 − 1 = +24.68 %
      change: '+24.7% on 2024',
      // 38.8 / 38 = 102.1 %
      detail: '102% of its 38 bcm capacity',
      note: '44 bcm capacity dated 2 Sep 2025',
      noteDetail: 'Uplift agreed.',
      confidence: 'confirmed',
    });
    expect(figure.sourceIds).toEqual(['src-f', 'src-c', 'src-u']);
  });

  test('a window ending mid-year shows the year before, and no capacity dated after the window', () => {
    const figure = pos1Figure(flows, routes, filters({ to: '2025-08' }));
    // 31.12 / 38 = 81.9 %; no 2023 flow to compare with.
    expect(figure).toMatchObject({
      value: '31.1',
      period: '2024',
      detail: '82% of its 38 bcm capacity',
      change: null,
      note: null,
    });
  });

  test('before the first flow: not published; without the routes file: the capacity is said to be missing', () => {
    expect(pos1Figure(flows, routes, filters({ to: '2019-12' }))).toMatchObject({
      value: null,
      missing: 'not published',
    });
    expect(pos1Figure(flows, 'failed', filters()).detail).toBe('capacity not available');
    expect(pos1Figure(flows, file([]), filters()).detail).toBe('capacity not published');
    expect(pos1Figure('loading', routes, filters()).missing).toBe('loading…');
  });
});

describe('Payments in rubles and yuan', () => {
  const shares = file([
    buildShare('2024-05-16', 90),
    buildShare('2024-10-01', 95, { sources: ['src-s', 'src-mirror'] }),
    buildShare('2025', 20, { metric: 'yuan-share-russian-export-settlements' }),
  ]);
  const sources = [
    buildSource('src-mirror', { publisher: 'pravda.example', tier: 'reprint' }),
    buildSource('src-s', { publisher: 'Mehr News', url: 'https://en.mehrnews.com/news/1' }),
  ];

  test('the latest share of its series, the change in points on the one before, the best source linked', () => {
    expect(settlementsFigure(shares, filters(), sources)).toMatchObject({
      value: '95',
      unit: '%',
      period: '1 Oct 2024',
      change: '+5 points since 16 May 2024',
      sourceIds: ['src-s', 'src-mirror'],
      source: { text: 'Mehr News', href: 'https://en.mehrnews.com/news/1' },
    });
  });

  test("follows the window's end; before the series starts it is not published", () => {
    expect(settlementsFigure(shares, filters({ to: '2024-06' }))).toMatchObject({ value: '90', change: null });
    expect(settlementsFigure(shares, filters({ to: '2024-04' }))).toMatchObject({
      value: null,
      missing: 'not published',
    });
  });
});
