// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tradeMonthlyRecordSchema } from './trade-monthly';

const valid = {"id": "trade-2024-08", "month": "2024-08", "totalUsdBn": 21.68, "exportsUsdBn": 10.26, "importsUsdBn": 11.42, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = tradeMonthlyRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('tradeMonthlyRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = tradeMonthlyRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["derived with a method", {"confidence": "derived", "method": "total − Jan–Nov"}],
    ["a conflicting split kept as alternatives", {"alternatives": [{"field": "exports", "value": 11.28, "basis": "Sputnik", "sources": ["s"]}, {"value": 20.7, "basis": "cumulative difference", "sources": ["s"]}]}],
    ["quality flags", {"flags": ["aggregator-source", "mixed-sources"]}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a quarter instead of a month", {"month": "2024-Q3"}, ["month"]],
    ["a whole date", {"month": "2024-08-01"}, ["month"]],
    ["derived without a method", {"confidence": "derived"}, ["method"]],
    ["seed-only (not allowed for trade months)", {"confidence": "seed-only"}, ["confidence"]],
    ["a zero month", {"totalUsdBn": 0}, ["totalUsdBn"]],
    ["an alternative for an unknown field", {"alternatives": [{"field": "balance", "value": 1, "basis": "b", "sources": ["s"]}]}, ["alternatives.0.field"]],
    ["an alternative of zero", {"alternatives": [{"value": 0, "basis": "b", "sources": ["s"]}]}, ["alternatives.0.value"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
