// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gasPricesRecordSchema } from './gas-prices';

const valid = {"id": "china-2022-actual-v2023-09", "year": 2022, "destination": "china", "usdPer1000m3": 277.1, "kind": "actual", "vintage": "2023-09", "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = gasPricesRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('gasPricesRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = gasPricesRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a negative price", {"usdPer1000m3": -1}, ["usdPer1000m3"]],
    ["an unknown destination", {"destination": "japan"}, ["destination"]],
    ["a vintage that is not a date", {"vintage": "Sep 2023"}, ["vintage"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
