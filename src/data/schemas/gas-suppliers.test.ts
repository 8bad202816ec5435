// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gasSuppliersRecordSchema } from './gas-suppliers';

const valid = {"id": "russia-pipeline-2024-value", "year": 2024, "supplier": "Russia", "mode": "pipeline", "metric": "value-usd-bn", "value": 8.03, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = gasSuppliersRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('gasSuppliersRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = gasSuppliersRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a part-year volume", {"metric": "volume-mt", "value": 5.94, "year": 2021, "period": "Jan–Oct"}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a share over 100", {"metric": "share-pct", "value": 145.4}, ["value"]],
    ["an unknown mode", {"mode": "rail"}, ["mode"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
