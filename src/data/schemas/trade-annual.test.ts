// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tradeAnnualRecordSchema } from './trade-annual';

const valid = {"id": "trade-2024", "year": 2024, "totalUsdBn": 244.81, "yoyPct": 1.9, "exportsUsdBn": 115.49, "importsUsdBn": 129.32, "basis": "GACC", "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = tradeAnnualRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('tradeAnnualRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = tradeAnnualRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a negative growth rate", {"yoyPct": -6.9}],
    ["an alternative figure", {"alternatives": [{"value": 227.8, "basis": "Russian statistics", "sources": ["s"]}]}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a basis other than GACC", {"basis": "Rosstat"}, ["basis"]],
    ["a total of 0", {"totalUsdBn": 0}, ["totalUsdBn"]],
    ["an alternative without sources", {"alternatives": [{"value": 227.8, "basis": "Russian statistics", "sources": []}]}, ["alternatives.0.sources"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
