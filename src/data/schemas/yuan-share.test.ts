// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { yuanShareRecordSchema } from './yuan-share';

const valid = {"id": "yuan-share-ru-exports-2024-02", "date": "2024-02", "metric": "yuan-share-russian-export-settlements", "label": "l", "valuePct": 34.5, "scope": "s", "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = yuanShareRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('yuanShareRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = yuanShareRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a share over 100", {"valuePct": 101}, ["valuePct"]],
    ["a metric that is not an id", {"metric": "Yuan share"}, ["metric"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
