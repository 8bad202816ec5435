import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/data/load-dataset';
import { realDataset } from '@/testing/real-data';
import { detectCsvDataset } from './csv-columns';
import { csvToRecords } from './csv-to-records';
import { csvOf, projectRow, tradeMonthRow } from './import-test-builders';
import { sameContent } from './import-selectors';

const TRADE_HEADER = 'id,month,totalUsdBn,exportsUsdBn,importsUsdBn,sources,confidence,method,note';

describe('csvToRecords: trade-monthly rows', () => {
  it.each([
    {
      name: 'full row; lists split on spaces; numbers parsed',
      row: 'trade-2025-07,2025-07,18.2,9.1,9.1,src-a src-b,confirmed,,',
      record: {
        id: 'trade-2025-07',
        month: '2025-07',
        totalUsdBn: 18.2,
        exportsUsdBn: 9.1,
        importsUsdBn: 9.1,
        sources: ['src-a', 'src-b'],
        confidence: 'confirmed',
      },
    },
    {
      name: 'empty optional cells are absent, never 0 or ""',
      row: 'm,2025-07,18.2,,,src-a,derived,sum of parts,  a note ',
      record: {
        id: 'm',
        month: '2025-07',
        totalUsdBn: 18.2,
        sources: ['src-a'],
        confidence: 'derived',
        method: 'sum of parts',
        note: 'a note',
      },
    },
    {
      name: 'a non-numeric figure stays text so the schema rejects it by field',
      row: 'm,2025-07,about 18,,,src-a,confirmed,,',
      record: { id: 'm', month: '2025-07', totalUsdBn: 'about 18', sources: ['src-a'], confidence: 'confirmed' },
    },
    {
      name: 'quoted cells with commas',
      row: 'm,2025-07,1e1,,,src-a,confirmed,,"Reported as ""about 10"", rounded"',
      record: {
        id: 'm',
        month: '2025-07',
        totalUsdBn: 10,
        sources: ['src-a'],
        confidence: 'confirmed',
        note: 'Reported as "about 10", rounded',
      },
    },
  ])('$name', ({ row, record }) => {
    const result = csvToRecords(`${TRADE_HEADER}\n${row}\n`);
    expect(result).toEqual({
      ok: true,
      name: 'trade-monthly',
      records: [{ index: 0, record }],
      rejected: [],
      formulaCells: [],
    });
  });

  it('accepts a byte-order mark, CRLF, blank lines, semicolons and a subset of the optional columns', () => {
    const result = csvToRecords(
      '\uFEFFid;month;totalUsdBn;sources;confidence\r\n\r\nm;2025-07;18.2;src-a;confirmed\r\n',
    );
    expect(result.ok && result.records.map((r) => r.record)).toEqual([
      { id: 'm', month: '2025-07', totalUsdBn: 18.2, sources: ['src-a'], confidence: 'confirmed' },
    ]);
  });

  it('rejects a row whose cell count differs from the header, keeping the others with their file positions', () => {
    const result = csvToRecords(`${TRADE_HEADER}\nbad,2025-07,1\nok,2025-08,2,,,s,confirmed,,\n`);
    expect(result.ok && result.rejected).toEqual([
      { index: 0, id: 'bad', field: '(row)', message: 'has 3 cells; the header has 9 (row 2 of the file)' },
    ]);
    expect(result.ok && result.records.map((r) => r.index)).toEqual([1]);
  });
});

describe('csvToRecords: file-level errors', () => {
  it.each([
    { name: 'empty', csv: '', error: /is empty/ },
    {
      name: 'unknown format',
      csv: 'a,b,c\n1,2,3',
      error:
        /header row \(a,b,c\) that matches no CSV format.*projects CSV has a name_en column; a trade-monthly CSV has a month column/,
    },
    {
      name: 'misspelt column',
      csv: 'id,month,totalUsdBn,sorces,confidence\n',
      error: /not a trade-monthly CSV: unknown column\(s\): sorces/,
    },
    {
      name: 'missing required column',
      csv: 'id,month,totalUsdBn,confidence\n',
      error: /missing required column\(s\): sources/,
    },
    {
      name: 'duplicate column',
      csv: 'id,month,month,totalUsdBn,sources,confidence\n',
      error: /duplicate column\(s\): month/,
    },
    {
      name: 'broken quotes',
      csv: 'id,month,totalUsdBn,sources,confidence\n"m,2025-07,1,s,confirmed\n',
      error: /not a readable CSV/,
    },
  ])('$name', ({ csv, error }) => {
    const result = csvToRecords(csv);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe('csvToRecords: projects', () => {
  it.each([
    { header: ['id', 'name_en', 'month'], dataset: 'projects' },
    { header: ['id', 'month'], dataset: 'trade-monthly' },
    { header: ['id', 'name'], dataset: null },
  ])('detects $dataset from $header', ({ header, dataset }) => {
    expect(detectCsvDataset(header)).toBe(dataset);
  });

  it('round-trips every real project without a USD conversion through the documented columns', () => {
    const projects = realDataset('projects').records.filter((p) => !p.value?.usd);
    const result = csvToRecords(csvOf('projects', projects.map(projectRow)));
    if (!result.ok) throw new Error(result.error);
    const parsed = parseDataset('projects', {
      schemaVersion: 1,
      dataset: 'projects',
      title: 't',
      asOf: '2025',
      records: result.records.map((r) => r.record),
    });
    expect(parsed.rejected).toEqual([]);
    parsed.records.forEach((p, i) => expect(sameContent(p, projects[i])).toBe(true));
  });

  it('round-trips every real trade month', () => {
    const months = realDataset('trade-monthly').records;
    const result = csvToRecords(csvOf('trade-monthly', months.map(tradeMonthRow)));
    expect(result.ok && result.records.every((r, i) => sameContent(r.record, months[i]))).toBe(true);
  });

  it.each([
    {
      name: 'no value cells → value null, no location cells → location null',
      cells: {},
      expected: { value: null, location: null, chineseStakePct: null, statusAsOf: null },
    },
    {
      name: 'a half-filled value is kept so the schema can name the missing amount',
      cells: { value_currency: 'RUB', value_unit: 'bn' },
      expected: { value: { currency: 'RUB', unit: 'bn' } },
    },
    {
      name: 'location with space-separated sources',
      cells: { lat: '50.1', lon: '127.5', location_confidence: 'confirmed', location_sources: 'a b' },
      expected: { location: { lat: 50.1, lon: 127.5, confidence: 'confirmed', sources: ['a', 'b'] } },
    },
  ])('$name', ({ cells, expected }) => {
    const base = {
      id: 'p',
      name_en: 'P',
      sector: 's',
      regions: 'r1 r2',
      chineseParty: 'C',
      status: 'announced',
      statusNote: 'n',
      sources: 'a',
      confidence: 'confirmed',
    };
    const result = csvToRecords(csvOf('projects', [{ ...base, ...cells }]));
    expect(result.ok && result.records[0]?.record).toMatchObject({
      regions: ['r1', 'r2'],
      name: { en: 'P' },
      dates: {},
      ...expected,
    });
  });
});
