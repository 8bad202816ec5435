// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sectorsRecordSchema } from './sectors';

const valid = {"id": "lng", "label": "LNG"};

function fieldsOf(value: unknown): string[] {
  const result = sectorsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('sectorsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = sectorsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an empty label", {"label": ""}, ["label"]],
    ["an unknown field", {"labels": "x"}, [""]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
