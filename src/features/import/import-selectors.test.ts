import { describe, expect, it } from 'vitest';
import { unknownReferences } from './import-checks';
import { changedFields, diffImport, mergeImport, sameContent } from './import-selectors';
import { loaded, month } from './import-test-builders';

const a = month('a', '2025-01', 10);
const b = month('b', '2025-02', 11);
const c = month('c', '2025-03', 12);
const current = loaded([a, b, c], { rejected: [{ index: 3, id: 'z', field: 'month', message: 'must be YYYY-MM' }] });
const imported = (records: ReturnType<typeof month>[], patch = {}) =>
  loaded(records, { file: 'mine.json', asOf: '2025-03', ...patch });

describe('sameContent / changedFields', () => {
  it.each([
    { x: { a: 1, b: undefined }, y: { a: 1 }, same: true },
    { x: { a: [1, { b: 2 }] }, y: { a: [1, { b: 2 }] }, same: true },
    { x: { a: [1, 2] }, y: { a: [2, 1] }, same: false },
    { x: { a: null }, y: { a: 0 }, same: false },
    { x: { a: 1 }, y: { a: '1' }, same: false },
    { x: [], y: {}, same: false },
  ])('$x vs $y → $same', ({ x, y, same }) => {
    expect(sameContent(x, y)).toBe(same);
  });

  it('lists the top-level fields that differ', () => {
    expect(changedFields(a, { ...a, totalUsdBn: 9, note: 'n', sources: ['src-a'] })).toEqual(['note', 'totalUsdBn']);
  });
});

describe('diffImport', () => {
  it.each([
    {
      name: 'one added, one updated, one unchanged, one kept',
      records: [month('d', '2025-04', 13), { ...b, totalUsdBn: 99 }, a],
      added: ['d'],
      updated: [{ id: 'b', fields: ['totalUsdBn'] }],
      unchanged: ['a'],
      kept: 1,
      canApply: true,
      summary: 'trade-monthly: 1 added, 1 updated, 1 unchanged, 0 rejected; 1 loaded record not in the file is kept.',
    },
    {
      name: 'a file identical to the loaded data changes nothing',
      records: [a, b, c],
      added: [],
      updated: [],
      unchanged: ['a', 'b', 'c'],
      kept: 0,
      canApply: false,
      summary: 'trade-monthly: 0 added, 0 updated, 3 unchanged, 0 rejected; 0 loaded records not in the file are kept.',
    },
  ])('$name', ({ records, added, updated, unchanged, kept, canApply, summary }) => {
    const diff = diffImport(current.records as typeof records, imported(records));
    expect(diff).toMatchObject({
      dataset: 'trade-monthly',
      added,
      updated,
      unchanged,
      kept,
      canApply,
      summary,
      rejected: [],
    });
  });

  it('lists rejected records as file › id › field: message', () => {
    const diff = diffImport(
      current.records as never,
      imported([], { rejected: [{ index: 2, id: 'x', field: 'totalUsdBn', message: 'must be greater than 0' }] }),
    );
    expect(diff.rejected).toEqual(['mine.json › x › totalUsdBn: must be greater than 0']);
    expect(diff.canApply).toBe(false);
  });

  it('with nothing loaded, every valid record counts as added', () => {
    expect(diffImport(undefined, imported([a, b])).added).toEqual(['a', 'b']);
  });
});

describe('mergeImport', () => {
  it('replaces same-id records in place, appends new ones, keeps the rest, and takes the newer as-of date', () => {
    const changed = { ...b, totalUsdBn: 99 };
    const merged = mergeImport(current, imported([month('d', '2025-04', 13), changed], { asOf: '2025-07-15' }));
    expect(merged.records).toEqual([a, changed, c, month('d', '2025-04', 13)]);
    expect(merged).toMatchObject({ name: 'trade-monthly', file: 'mine.json', title: 'Trade', asOf: '2025-07-15' });
  });

  it.each([
    { importAsOf: '2024-12', asOf: '2025-06' },
    { importAsOf: '2025-06-30', asOf: '2025-06-30' },
    { importAsOf: '2026', asOf: '2026' },
  ])('as of: loaded 2025-06, import $importAsOf → $asOf', ({ importAsOf, asOf }) => {
    expect(mergeImport(current, imported([a], { asOf: importAsOf })).asOf).toBe(asOf);
  });

  it('keeps the import’s rejections and the loaded file’s own ones (named by their file), unless the import fixes them', () => {
    const rejected = [{ index: 0, id: 'y', field: 'month', message: 'm' }];
    expect(mergeImport(current, imported([a], { rejected })).rejected).toEqual([
      ...rejected,
      { index: 3, id: 'z (in data/trade-monthly.json)', field: 'month', message: 'must be YYYY-MM' },
    ]);
    expect(mergeImport(current, imported([month('z', '2025-05', 1)])).rejected).toEqual([]);
  });

  it('with nothing loaded, the import is the dataset', () => {
    const file = imported([a]);
    expect(mergeImport(undefined, file)).toBe(file);
  });
});

describe('unknownReferences', () => {
  it.each([
    { known: {}, lines: [] },
    { known: { sources: new Set(['src-a']) }, lines: ['mine.json › b › sources[1]: unknown source id "gone"'] },
    {
      known: { sources: new Set<string>() },
      lines: [
        'mine.json › a › sources[0]: unknown source id "src-a"',
        'mine.json › b › sources[0]: unknown source id "src-a"',
        'mine.json › b › sources[1]: unknown source id "gone"',
      ],
    },
  ])('trade months against $known', ({ known, lines }) => {
    expect(unknownReferences(imported([a, { ...b, sources: ['src-a', 'gone'] }]), known)).toEqual(lines);
  });

  it('finds nested source lists and unknown sector and region ids in projects', () => {
    const project = {
      id: 'p',
      sector: 'mining',
      regions: ['amur-oblast', 'mars'],
      sources: ['s'],
      location: { lat: 1, lon: 1, confidence: 'approximate', sources: ['t'] },
    };
    const file = { ...imported([]), name: 'projects', records: [project] } as unknown as Parameters<
      typeof unknownReferences
    >[0];
    expect(
      unknownReferences(file, {
        sources: new Set(['s']),
        sectors: new Set(['energy']),
        regions: new Set(['amur-oblast']),
      }),
    ).toEqual([
      'mine.json › p › location.sources[0]: unknown source id "t"',
      'mine.json › p › sector: unknown sector id "mining"',
      'mine.json › p › regions[1]: unknown region id "mars"',
    ]);
  });
});
