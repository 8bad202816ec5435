// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aggregatesRecordSchema } from './aggregates';

const valid = {"id": "commission-portfolio-sep-2022", "topic": "investment", "label": "L", "kind": "portfolio", "scope": "S", "date": "2022-09-07", "projectCount": 79, "value": {"amount": 160, "currency": "USD", "unit": "bn", "qualifier": "about"}, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = aggregatesRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('aggregatesRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = aggregatesRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a crossings count", {"topic": "crossings", "kind": "count", "projectCount": 19, "value": null}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a count record without its count", {"kind": "count", "projectCount": null}, ["projectCount"]],
    ["an endDate before the date", {"endDate": "2022"}, []],
    ["an endDate clearly before the date", {"endDate": "2021-12"}, ["endDate"]],
    ["an unknown topic", {"topic": "trade"}, ["topic"]],
    ["an articleClaim without a correction", {"articleClaim": {"wording": "w"}}, ["articleClaim.correction"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
