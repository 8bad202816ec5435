// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gasEventsRecordSchema } from './gas-events';

const valid = {"id": "pos2-memo", "date": "2025-09-02", "title": "t", "detail": "d", "actors": ["gazprom", "cnpc"], "marker": "legally-binding-memorandum", "routes": ["power-of-siberia-2"], "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = gasEventsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('gasEventsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = gasEventsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a quote", {"quote": {"speaker": "Miller", "text": "legally binding memorandum"}}],
    ["no actors", {"actors": []}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an unknown actor", {"actors": ["putin"]}, ["actors.0"]],
    ["an unknown marker", {"marker": "deal"}, ["marker"]],
    ["a quote without a speaker", {"quote": {"text": "t"}}, ["quote.speaker"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
