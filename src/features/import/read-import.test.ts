import { describe, expect, it } from 'vitest';
import { realDataset } from '@/testing/real-data';
import { csvOf, projectRow } from './import-test-builders';
import {
  formatOf,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_RECORDS,
  newestRecordDate,
  readImport,
  sizeProblem,
} from './read-import';

const TODAY = '2026-01-15';
const TRADE_HEADER = 'id,month,totalUsdBn,exportsUsdBn,importsUsdBn,sources,confidence,method,note';
const envelope = (records: unknown[], patch: Record<string, unknown> = {}): string =>
  JSON.stringify({ schemaVersion: 1, dataset: 'trade-monthly', title: 'Trade', asOf: '2025-07', records, ...patch });
const good = (id: string, month: string, totalUsdBn: unknown = 10): Record<string, unknown> => ({
  id,
  month,
  totalUsdBn,
  sources: ['s'],
  confidence: 'confirmed',
});

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

describe('readImport: hostile files are refused or read, naming the file and the record', () => {
  it('refuses more records than the importer reads, with the count', () => {
    const records = Array.from({ length: MAX_IMPORT_RECORDS + 1 }, () => ({}));
    const result = readImport('many.json', envelope(records), TODAY);
    expect(result).toEqual({
      ok: false,
      error:
        'many.json: has 10,001 records; the importer reads up to 10,000 per file (the bundled files hold a few hundred)',
    });
  });

  it('refuses a CSV of millions of rows without building them all, with its line count', () => {
    const csv = `${TRADE_HEADER}\n${'x\n'.repeat(2_000_000)}`;
    const result = readImport('rows.csv', csv, TODAY);
    expect(result).toEqual({
      ok: false,
      error:
        'rows.csv: has more than 10,000 data rows (2,000,002 lines); the importer reads up to 10,000 per file (the bundled files hold a few hundred)',
    });
  });

  it('rejects only the record with a prototype key, a megabyte string or absurd nesting; the others are read', () => {
    const text = `{"schemaVersion":1,"dataset":"trade-monthly","title":"T","asOf":"2025-07","records":[
      ${JSON.stringify(good('m1', '2025-01'))},
      {"id":"m2","month":"2025-02","totalUsdBn":1,"sources":["s"],"confidence":"confirmed","__proto__":{"polluted":1}},
      ${JSON.stringify({ ...good('m3', '2025-03'), note: 'x'.repeat(1_048_576) })},
      {"id":"m4","month":"2025-04","totalUsdBn":1,"sources":["s"],"confidence":"confirmed","method":${'['.repeat(100_000)}${']'.repeat(100_000)}},
      {"id":"m5","month":"2025-05","totalUsdBn":1,"sources":["s"],"confidence":"confirmed","constructor":{"prototype":{}}},
      ${JSON.stringify(good('m6', '2025-06'))}]}`;
    const result = readImport('hostile.json', text, TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(result.imported.records.map((r) => r.id)).toEqual(['m1', 'm6']);
    expect(result.imported.rejected).toEqual([
      {
        index: 1,
        id: 'm2',
        field: '__proto__',
        message: 'the key "__proto__" is not allowed (it could change how the app\'s objects behave)',
      },
      { index: 2, id: 'm3', field: 'note', message: 'text of 1,048,576 characters; the importer takes up to 20,000' },
      {
        index: 3,
        id: 'm4',
        field: `method${'[0]'.repeat(23)}`,
        message: 'nested more than 24 levels deep; the data format needs no more than 6',
      },
      {
        index: 4,
        id: 'm5',
        field: 'constructor',
        message: 'the key "constructor" is not allowed (it could change how the app\'s objects behave)',
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file whose envelope carries a prototype key or a megabyte title', () => {
    expect(readImport('p.json', '{"__proto__":{"x":1},"dataset":"trade-monthly","records":[]}', TODAY)).toEqual({
      ok: false,
      error: 'p.json › __proto__: the key "__proto__" is not allowed (it could change how the app\'s objects behave)',
    });
    expect(readImport('t.json', envelope([], { title: 't'.repeat(1_048_576) }), TODAY)).toEqual({
      ok: false,
      error: 't.json › title: text of 1,048,576 characters; the importer takes up to 20,000',
    });
  });

  it('reads CSV formula cells as text and flags each one by row and column', () => {
    const csv = [
      TRADE_HEADER,
      't1,2025-01,10,,,src-a,confirmed,,=HYPERLINK("http://x")',
      't2,2025-02,-1.5,,,src-a,confirmed,+sum,@cmd',
      't3,2025-03,10,,,src-a,confirmed,,-note',
    ].join('\n');
    const result = readImport('formulas.csv', csv, TODAY);
    if (!result.ok) throw new Error(result.error);
    const notes = result.imported.records.map((r) => ('note' in r ? r.note : undefined));
    // t2's negative total is a number (not flagged) that the schema rejects; its text cells are flagged all the same.
    expect(notes).toEqual(['=HYPERLINK("http://x")', '-note']);
    expect(result.imported.rejected.map((r) => `${r.id} ${r.field}`)).toEqual(['t2 totalUsdBn']);
    expect(result.warnings).toEqual([
      'formulas.csv › row 2 (t1) › note: starts with "=" like a spreadsheet formula; read as text, never run',
      'formulas.csv › row 3 (t2) › method: starts with "+" like a spreadsheet formula; read as text, never run',
      'formulas.csv › row 3 (t2) › note: starts with "@" like a spreadsheet formula; read as text, never run',
      'formulas.csv › row 4 (t3) › note: starts with "-" like a spreadsheet formula; read as text, never run',
    ]);
  });
});
