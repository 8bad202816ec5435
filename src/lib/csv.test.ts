import { describe, expect, it } from 'vitest';
import { csvBlob, tableToCsv } from './csv';
import type { TableModel } from './table-model';

const table = (rows: TableModel['rows']): TableModel => ({
  caption: 'Projects',
  columns: [
    { key: 'name', label: 'Project' },
    { key: 'value', label: 'Value (US$ bn)', kind: 'number' },
    { key: 'sources', label: 'Source ids' },
  ],
  rows,
});

describe('tableToCsv', () => {
  it.each<[string, TableModel['rows'], string]>([
    ['header only when no rows are shown', [], 'Project,Value (US$ bn),Source ids'],
    [
      'plain values in column order',
      [{ name: 'Amur GPP', value: 13.9, sources: 'a b' }],
      'Project,Value (US$ bn),Source ids\r\nAmur GPP,13.9,a b',
    ],
    [
      'missing values as empty cells',
      [{ name: 'Yamal', value: null, sources: '' }],
      'Project,Value (US$ bn),Source ids\r\nYamal,,',
    ],
    ['absent keys as empty cells', [{ name: 'Yamal' }], 'Project,Value (US$ bn),Source ids\r\nYamal,,'],
    [
      'commas and quotes are quoted',
      [{ name: 'Rail, "bridge"', value: 1, sources: 'x' }],
      'Project,Value (US$ bn),Source ids\r\n"Rail, ""bridge""",1,x',
    ],
    [
      'line breaks are quoted',
      [{ name: 'a\nb', value: 1, sources: 'x' }],
      'Project,Value (US$ bn),Source ids\r\n"a\nb",1,x',
    ],
    [
      'formulae are escaped (and quoted)',
      [{ name: '=HYPERLINK("x")', value: 1, sources: '@x' }],
      `Project,Value (US$ bn),Source ids\r\n"'=HYPERLINK(""x"")",1,"'@x"`,
    ],
    [
      'every formula start is escaped: +, -, a tab, a CR, and = after spaces',
      [
        { name: '+SUM(A1:A9)', value: 1, sources: '-2+3' },
        { name: '\t=1', value: 2, sources: '\r@x' },
        { name: '  =cmd|"/c calc"!A1', value: 3, sources: 'plain - text' },
      ],
      'Project,Value (US$ bn),Source ids\r\n' +
        `"'+SUM(A1:A9)",1,"'-2+3"\r\n` +
        `"'\t=1",2,"'\r@x"\r\n` +
        `"'  =cmd|""/c calc""!A1",3,plain - text`,
    ],
    [
      'negative numbers stay numbers',
      [{ name: 'Loss', value: -2.5, sources: 'x' }],
      'Project,Value (US$ bn),Source ids\r\nLoss,-2.5,x',
    ],
    [
      'Cyrillic and Chinese as they are',
      [{ name: 'Сила Сибири / 西伯利亚力量', value: 1, sources: 'x' }],
      'Project,Value (US$ bn),Source ids\r\nСила Сибири / 西伯利亚力量,1,x',
    ],
  ])('%s', (_name, rows, expected) => {
    expect(tableToCsv(table(rows))).toBe(expected);
  });
});

describe('csvBlob', () => {
  it('starts with a UTF-8 byte-order mark and is typed text/csv', async () => {
    const blob = csvBlob(table([{ name: 'Ü', value: 1, sources: 'x' }]));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Project,Value (US$ bn),Source ids\r\nÜ,1,x');
  });
});
