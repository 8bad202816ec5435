// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gasFlowsRecordSchema } from './gas-flows';

const valid = {"id": "pos1-2024", "series": "pos1-to-china", "year": 2024, "bcm": 31.12, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = gasFlowsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('gasFlowsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = gasFlowsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a range over two years", {"year": 2018, "yearEnd": 2019, "bcm": 175, "bcmMax": 180, "series": "russia-to-europe"}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a fractional year", {"year": 2024.5}, ["year"]],
    ["bcmMax below bcm", {"bcmMax": 30}, ["bcmMax"]],
    ["yearEnd before year", {"yearEnd": 2023}, ["yearEnd"]],
    ["an unknown series", {"series": "pos2"}, ["series"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
