import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rowSourceIds, sourcesCsv, TIDY_COLUMNS, tidyCsv, type TidyRow } from './tidy-csv';

const row = (over: Partial<TidyRow>): TidyRow => ({
  series: 'Russian pipeline gas to Europe',
  category: '2018–2019',
  date: '2018',
  value: 175,
  low: 175,
  high: 180,
  unit: 'bcm',
  currency: null,
  usdEquivalent: null,
  confidence: 'approximate',
  sourceIds: ['iea-2022', 'reuters-1'],
  ...over,
});

describe('tidyCsv', () => {
  it('writes the header and numbers as numbers, a range as its two ends', () => {
    const parsed = Papa.parse<string[]>(tidyCsv('gas-flows', [row({})]), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...TIDY_COLUMNS]);
    expect(parsed[1]).toEqual([
      'gas-flows',
      'Russian pipeline gas to Europe',
      '2018–2019',
      '2018',
      '175',
      '175',
      '180',
      'bcm',
      '',
      '',
      'approximate',
      'iea-2022 reuters-1',
    ]);
  });
  it('leaves a missing value empty and escapes formula text', () => {
    const parsed = Papa.parse<string[]>(tidyCsv('x', [row({ value: null, series: '=HYPERLINK(1)' })])).data;
    expect(parsed[1]?.[4]).toBe('');
    expect(parsed[1]?.[1]).toBe("'=HYPERLINK(1)");
  });
});

describe('sources metadata', () => {
  it('lists each cited id once, in order', () => {
    expect(rowSourceIds([row({}), row({ sourceIds: ['reuters-1', 'gazprom'] })])).toEqual([
      'iea-2022',
      'reuters-1',
      'gazprom',
    ]);
    const parsed = Papa.parse<string[]>(
      sourcesCsv([{ id: 'a', publisher: 'Reuters', title: 'T', date: null, url: 'https://r.example/' }]),
    ).data;
    expect(parsed).toEqual([
      ['source_id', 'publisher', 'title', 'date', 'url'],
      ['a', 'Reuters', 'T', '', 'https://r.example/'],
    ]);
  });
});
