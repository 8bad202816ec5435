// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paymentEventsRecordSchema } from './payment-events';

const valid = {"id": "g7-apulia-communique", "date": "2024-06-14", "title": "t", "detail": "d", "category": "statement", "actors": ["G7"], "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = paymentEventsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('paymentEventsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = paymentEventsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["an endDate month that contains the date", {"date": "2025-08-11", "endDate": "2025-08"}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an unknown category", {"category": "rumour"}, ["category"]],
    ["an endDate before the date", {"endDate": "2024-06-13"}, ["endDate"]],
    ["an empty actor", {"actors": [""]}, ["actors.0"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
