import { describe, expect, it } from 'vitest';
import { realDataset } from '@/testing/real-data';
import { csvOf, projectRow, TODAY, tradeEnvelope as envelope, tradeMonth as good } from './import-test-builders';
import { formatOf, MAX_IMPORT_BYTES, newestRecordDate, readImport, sizeProblem } from './read-import';

describe('readImport: whole-file errors name the file and what is wrong', () => {
  it.each([
    { name: 'not JSON', file: 'x.json', text: '<html>oops', error: /^x\.json: is not valid JSON \(/ },
    {
      name: 'an array',
      file: 'x.json',
      text: '[1,2]',
      error: /^x\.json: wrong top-level shape: expected an object .*found an array$/,
    },
    {
      name: 'no dataset field',
      file: 'x.json',
      text: '{"records":[]}',
      error: /^x\.json: no "dataset" field \(expected one of: sources, .*places\)$/,
    },
    {
      name: 'unknown dataset',
      file: 'x.json',
      text: envelope([], { dataset: 'tariffs' }),
      error: /^x\.json: unknown dataset "tariffs"/,
    },
    {
      name: 'wrong schemaVersion',
      file: 'x.json',
      text: envelope([], { schemaVersion: 2 }),
      error: /^x\.json: wrong top-level shape › schemaVersion/,
    },
    {
      name: 'records not a list',
      file: 'x.json',
      text: envelope([], { records: {} }),
      error: /^x\.json: wrong top-level shape › records/,
    },
    {
      name: 'binary garbage sniffed as CSV',
      file: 'photo.png',
      text: '\u0089PNG\r\n\u001a\n',
      error: /^photo\.png: has a header row .*matches no CSV format/,
    },
    {
      name: 'a CSV with a typo in a column',
      file: 't.csv',
      text: 'id,month,total,sources,confidence\n',
      error: /^t\.csv: is not a trade-monthly CSV: unknown column\(s\): total/,
    },
  ])('$name', ({ file, text, error }) => {
    const result = readImport(file, text, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it.each([
    { bytes: 0, problem: /x\.json: the file is empty/ },
    { bytes: MAX_IMPORT_BYTES + 1, problem: /reads files up to 20 MB/ },
    { bytes: 1000, problem: null },
  ])('size $bytes → $problem', ({ bytes, problem }) => {
    const found = sizeProblem('x.json', bytes);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });
});

describe('readImport: record by record, with the app’s schemas', () => {
  it('keeps valid records and rejects bad ones with file › id › field: message data', () => {
    const result = readImport(
      'mine.json',
      envelope([good('a', '2025-07'), good('b', '2025-08', -1), { month: '2025-09' }]),
      TODAY,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('json');
    expect(result.imported.file).toBe('mine.json');
    expect(result.imported.records.map((r) => r.id)).toEqual(['a']);
    expect(result.imported.rejected).toEqual([
      { index: 1, id: 'b', field: 'totalUsdBn', message: 'must be greater than 0' },
      { index: 2, id: '#2', field: 'id', message: expect.any(String) },
    ]);
  });

  it('rejects later records that repeat an id, pointing at the first one', () => {
    const result = readImport(
      'mine.json',
      envelope([
        good('bad', 'x'),
        good('a', '2025-07'),
        good('a', '2025-08'),
        good('b', '2025-09'),
        good('a', '2025-10'),
      ]),
      TODAY,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.imported.records.map((r) => `${r.id}@${(r as { month: string }).month}`)).toEqual([
      'a@2025-07',
      'b@2025-09',
    ]);
    expect(result.imported.rejected.map((r) => [r.index, r.id, r.field, r.message])).toEqual([
      [0, 'bad', 'month', expect.stringMatching(/YYYY-MM/)],
      [2, 'a', 'id', 'duplicate id (first used by record #1)'],
      [4, 'a', 'id', 'duplicate id (first used by record #1)'],
    ]);
  });

  it('reads the real trade-monthly file unchanged', () => {
    const real = realDataset('trade-monthly');
    const text = JSON.stringify({
      schemaVersion: 1,
      dataset: real.name,
      title: real.title,
      asOf: real.asOf,
      note: real.note,
      records: real.records,
    });
    const result = readImport('copy.json', text, TODAY);
    expect(result.ok && result.imported.records).toEqual(real.records);
  });

  it('a CSV: row positions survive malformed rows; asOf is the newest month in the file', () => {
    const csv =
      'id,month,totalUsdBn,sources,confidence\nshort,2025-07\nm1,2025-08,10,s,confirmed\nm2,2025-13,10,s,confirmed\nm3,2025-09,10,s,confirmed\n';
    const result = readImport('trade.csv', csv, TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('csv');
    expect(result.imported).toMatchObject({ name: 'trade-monthly', file: 'trade.csv', asOf: '2025-09' });
    expect(result.imported.records.map((r) => r.id)).toEqual(['m1', 'm3']);
    expect(result.imported.rejected.map((r) => [r.index, r.id, r.field])).toEqual([
      [0, 'short', '(row)'],
      [2, 'm2', 'month'],
    ]);
  });
});

describe('readImport: projects with deal types and ranged values', () => {
  const real = realDataset('projects').records;
  const [first, second, third] = real;

  it('a projects CSV round-trips the new fields, and a bad new record is rejected by name and field', () => {
    const rows = [first, second, third].map((p) => projectRow(p!));
    const bad = [
      { ...rows[0], id: 'no-deal-type', dealType: '' },
      { ...rows[0], id: 'grant', dealType: 'grant' },
      {
        ...rows[0],
        id: 'upside-down',
        value_low: 11,
        value_high: 10,
        value_currency: 'USD',
        value_unit: 'bn',
        value_measures: 'loan',
        value_as_printed: 'US$10–11 bn',
      },
      { ...rows[0], id: 'bad-others', otherValues: '[oops' },
    ];
    const result = readImport('projects.csv', csvOf('projects', [...rows, ...bad]), TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(result.imported.records).toEqual([first, second, third]);
    expect(result.imported.rejected.map((r) => [r.id, r.field])).toEqual([
      ['no-deal-type', 'dealType'],
      ['grant', 'dealType'],
      ['upside-down', 'value.high'],
      ['bad-others', 'otherValues'],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    { file: 'a.CSV', text: '{', format: 'csv' },
    { file: 'a.json', text: 'id,month', format: 'json' },
    { file: 'clipboard', text: '\uFEFF  {"x":1}', format: 'json' },
    { file: 'clipboard', text: 'id,month', format: 'csv' },
  ])('formatOf($file, $text) = $format', ({ file, text, format }) => {
    expect(formatOf(file, text)).toBe(format);
  });

  it.each([
    { records: [{ month: '2025-07' }, { month: '2025-09' }, { month: 'bad' }], newest: '2025-09' },
    {
      records: [{ statusAsOf: '2025' }, { statusAsOf: '2025-06', dates: { completed: '2025-11-02' } }],
      newest: '2025',
    },
    { records: [{ statusAsOf: null, dates: { signed: '2019-02-30' } }], newest: null },
  ])('newestRecordDate → $newest', ({ records, newest }) => {
    expect(newestRecordDate(records)).toBe(newest);
  });
});
