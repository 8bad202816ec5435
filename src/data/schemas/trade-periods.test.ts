// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tradePeriodsRecordSchema } from './trade-periods';

const valid = {"id": "trade-2024-jan-may", "from": "2024-01", "to": "2024-05", "totalUsdBn": 96.5, "yoyPct": 2.9, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = tradePeriodsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('tradePeriodsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["a year-to-date period", {"kind": "year-to-date"}],
    ["combined months with flags and an alternative", {"kind": "combined-months", "from": "2024-03", "to": "2024-04", "flags": ["aggregator-source"], "alternatives": [{"field": "exports", "value": 15.9, "basis": "b", "sources": ["s"]}]}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = tradePeriodsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["to before from", {"to": "2023-12"}, ["to"]],
    ["a month 13", {"from": "2024-13"}, ["from"]],
    ["an unknown kind", {"kind": "quarter"}, ["kind"]],
    ["a year-to-date period not starting in January", {"kind": "year-to-date", "from": "2024-02"}, ["from"]],
    ["a year-to-date period running into the next year", {"kind": "year-to-date", "to": "2025-01"}, ["to"]],
    ["combined months of one month", {"kind": "combined-months", "from": "2024-05", "to": "2024-05"}, ["to"]],
    ["an empty flag list", {"flags": []}, ["flags"]],
    ["an unknown flag", {"flags": ["dodgy"]}, ["flags.0"]],
    ["an alternative without sources", {"alternatives": [{"value": 1, "basis": "b", "sources": []}]}, ["alternatives.0.sources"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
