import { describe, expect, it } from 'vitest';
import { TODAY, TRADE_HEADER, tradeEnvelope as envelope, tradeMonth as good } from './import-test-builders';
import { MAX_IMPORT_RECORDS, readImport } from './read-import';

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
