// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gasRoutesRecordSchema } from './gas-routes';

const valid = {"id": "power-of-siberia-1", "name": {"en": "PoS-1"}, "kind": "pipeline", "route": "r", "capacityBcm": 38, "capacityHistory": [{"date": "2014", "bcm": 38, "sources": ["s"], "confidence": "confirmed"}], "status": "operating", "firstGas": "2019-12-02", "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = gasRoutesRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('gasRoutesRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = gasRoutesRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["no capacity (null)", {"capacityBcm": null, "capacityHistory": []}],
    ["first gas as wording", {"firstGas": "no later than 2027"}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a capacity of 0", {"capacityBcm": 0}, ["capacityBcm"]],
    ["a history point without sources", {"capacityHistory": [{"date": "2014", "bcm": 38, "sources": [], "confidence": "confirmed"}]}, ["capacityHistory.0.sources"]],
    ["an unknown status", {"status": "delayed"}, ["status"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
