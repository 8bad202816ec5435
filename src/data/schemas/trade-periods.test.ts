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

  it('rejects a record with an unknown field, naming the field', () => {
    const result = tradePeriodsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["to before from", {"to": "2023-12"}, ["to"]],
    ["a month 13", {"from": "2024-13"}, ["from"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
