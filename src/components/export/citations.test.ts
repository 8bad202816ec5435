import { describe, expect, it } from 'vitest';
import type { TableModel } from '@/lib/table-model';
import {
  bibtexEntry,
  formatCitation,
  citedSources,
  tableSourceIds,
  withCitationColumn,
  type SourceRecord,
} from './citations';

const source = (over: Partial<SourceRecord>): SourceRecord => ({
  id: 'tass-2023',
  title: 'Power of Siberia 2 talks',
  publisher: 'TASS',
  url: 'https://tass.com/economy/1',
  date: '2023-03-21',
  language: 'en',
  tier: 'outlet',
  ...over,
});

const SOURCES = [
  source({}),
  source({
    id: 'reuters-2024',
    publisher: 'Reuters',
    title: 'Gas price gap.',
    url: 'https://reuters.com/x',
    date: '2024-06',
  }),
];

const table = (cells: (string | null)[]): TableModel => ({
  caption: 'Rows',
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'sources', label: 'Source ids' },
  ],
  rows: cells.map((sources, i) => ({ id: String(i), name: `Row ${i}`, sources })),
});

describe('tableSourceIds', () => {
  it.each<[string, TableModel | null, string[]]>([
    ['no table', null, []],
    ['no source column', { caption: 'x', columns: [{ key: 'name', label: 'Name' }], rows: [{ name: 'a' }] }, []],
    ['space-separated, first-seen order, no repeats', table(['b a', 'a c', null]), ['b', 'a', 'c']],
    ['commas and semicolons tolerated', table(['a, b;c']), ['a', 'b', 'c']],
  ])('%s', (_name, model, expected) => {
    expect(tableSourceIds(model)).toEqual(expected);
  });
});

describe('formatCitation', () => {
  it.each<[string, SourceRecord, string]>([
    ['full', source({}), 'TASS. “Power of Siberia 2 talks.” 21 Mar 2023. https://tass.com/economy/1'],
    [
      'a title ending in a full stop is not doubled',
      SOURCES[1] as SourceRecord,
      'Reuters. “Gas price gap.” Jun 2024. https://reuters.com/x',
    ],
    ['undated', source({ date: null }), 'TASS. “Power of Siberia 2 talks.” Undated. https://tass.com/economy/1'],
    [
      'no URL says why',
      source({ id: 'seed-article', url: null, note: 'print edition' }),
      'TASS. “Power of Siberia 2 talks.” 21 Mar 2023. No URL (print edition).',
    ],
  ])('%s', (_name, s, expected) => {
    expect(formatCitation(s)).toBe(expected);
  });
});

describe('citedSources', () => {
  it('finds sources by id or by URL and lists unknown ids', () => {
    const { found, missing } = citedSources(
      ['reuters-2024', 'https://tass.com/economy/1', 'nope', 'tass-2023'],
      SOURCES,
    );
    expect(found.map((s) => s.id)).toEqual(['reuters-2024', 'tass-2023']);
    expect(missing).toEqual(['nope']);
  });
});

describe('withCitationColumn', () => {
  it('adds a citation per row, keeping the rows and their order', () => {
    const out = withCitationColumn(table(['tass-2023', 'reuters-2024 tass-2023', null, 'ghost']), SOURCES);
    expect(out.columns.map((c) => c.label)).toEqual(['Name', 'Source ids', 'Source citations']);
    expect(out.rows.map((r) => r.sourceCitations)).toEqual([
      'TASS (2023-03-21) https://tass.com/economy/1',
      'Reuters (2024-06) https://reuters.com/x; TASS (2023-03-21) https://tass.com/economy/1',
      null,
      'ghost (not in sources.json)',
    ]);
  });

  it('leaves a table without a source column, or without loaded sources, as it is', () => {
    const plain: TableModel = { caption: 'x', columns: [{ key: 'name', label: 'Name' }], rows: [{ name: 'a' }] };
    expect(withCitationColumn(plain, SOURCES)).toBe(plain);
    const t = table(['a']);
    expect(withCitationColumn(t, undefined)).toBe(t);
  });
});

describe('bibtexEntry', () => {
  it('is a @misc entry keyed by the source id, with escaped special characters', () => {
    expect(bibtexEntry(source({ title: 'Gas & oil: 100% {deal}', note: 'cited_by TASS' }))).toBe(
      '@misc{tass-2023,\n  title = {Gas \\& oil: 100\\% deal},\n  author = {{TASS}},\n  year = {2023},\n  date = {2023-03-21},\n  url = {https://tass.com/economy/1},\n  note = {cited\\_by TASS}\n}',
    );
  });
});
