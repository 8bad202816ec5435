// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeRejected, parseDataset } from '../load-dataset';
import { GAS_CASES } from './cases/gas-cases';
import { PAYMENT_BORDER_CASES } from './cases/payment-border-cases';
import { PROJECT_CASES } from './cases/project-cases';
import { REFERENCE_CASES } from './cases/reference-cases';
import type { SchemaCase } from './cases/schema-case';
import { TRADE_CASES } from './cases/trade-cases';
import { DATASET_NAMES, recordSchemas, type DatasetName } from './registry';

/** Every data file's cases: the type fails the build if a file has none. */
const CASES: Record<DatasetName, SchemaCase> = {
  ...REFERENCE_CASES,
  ...PROJECT_CASES,
  ...GAS_CASES,
  ...TRADE_CASES,
  ...PAYMENT_BORDER_CASES,
};

/** The fields the schema finds at fault in one record (all of them, not only the first). */
function faultyFields(name: DatasetName, record: unknown): string[] {
  const result = recordSchemas[name].safeParse(record);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** Loads one record as the app does; the line the user sees for it if it is rejected, else null. */
function rejectionLine(name: DatasetName, record: unknown): string | null {
  const json = { schemaVersion: 1, dataset: name, title: 'A file', asOf: '2025-01-01', records: [record] };
  const loaded = parseDataset(name, json);
  const rejected = loaded.rejected[0];
  return rejected ? describeRejected(loaded.file, rejected) : null;
}

it('has cases for every data file', () => {
  expect(Object.keys(CASES).sort()).toEqual([...DATASET_NAMES].sort());
});

describe.each(DATASET_NAMES.map((name) => [name, CASES[name]] as const))('data/%s.json records', (name, cases) => {
  it('accepts and loads the valid record', () => {
    expect(faultyFields(name, cases.valid)).toEqual([]);
    expect(rejectionLine(name, cases.valid)).toBeNull();
  });

  it('rejects an unknown field, naming it', () => {
    const record = { ...cases.valid, sourcs: [] };
    expect(faultyFields(name, record)).toEqual(['']);
    expect(rejectionLine(name, record)).toBe(
      `data/${name}.json › ${cases.valid.id} › (record): unknown field(s): sourcs`,
    );
  });

  // Not every file has variants worth a case (sectors has none); an empty it.each would fail.
  if (cases.accepted.length > 0) {
    it.each(cases.accepted)('accepts %s', (_, patch) => {
      expect(faultyFields(name, { ...cases.valid, ...patch })).toEqual([]);
    });
  }

  it.each(cases.broken)('rejects $what', ({ patch, fields, message }) => {
    const record = { ...cases.valid, ...patch };
    expect(faultyFields(name, record)).toEqual(fields);
    expect(rejectionLine(name, record)).toBe(message);
  });
});
