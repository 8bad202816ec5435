// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { regionsRecordSchema } from './regions';

const valid = {"id": "amur-oblast", "country": "RU", "kind": "federal-subject", "name": {"en": "Amur Oblast", "ru": "Амурская область", "zh": "阿穆尔州"}};

function fieldsOf(value: unknown): string[] {
  const result = regionsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('regionsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = regionsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a country-level region", {"id": "mongolia", "country": "MN", "kind": "country", "name": {"en": "Mongolia"}}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an unknown country", {"country": "JP"}, ["country"]],
    ["a name without English", {"name": {"ru": "x"}}, ["name.en"]],
    ["an unknown kind", {"kind": "city"}, ["kind"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
