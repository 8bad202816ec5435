// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventsRecordSchema } from './events';

const valid = {"id": "us-eo-14114", "date": "2023-12-22", "label": "US EO 14114", "detail": "d", "kind": "sanction", "sources": ["federalregister-eo14114"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = eventsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('eventsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = eventsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a span", {"endDate": "2024-01"}],
    ["an articleClaim", {"articleClaim": {"wording": "w", "correction": "c"}}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["no sources", {"sources": []}, ["sources"]],
    ["an endDate before the date", {"endDate": "2023-12-01"}, ["endDate"]],
    ["a label too long for an annotation", {"label": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}, ["label"]],
    ["derived without a method", {"confidence": "derived"}, ["method"]],
    ["an unknown kind", {"kind": "election"}, ["kind"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
