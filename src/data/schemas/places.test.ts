// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placesRecordSchema } from './places';

const valid = {"id": "mishan-port", "name": {"en": "Mishan port", "zh": "密山"}, "kind": "crossing", "modes": ["road"], "counterpart": {"en": "Turiy Rog"}, "regions": ["heilongjiang", "primorsky-krai"], "opened": "1993", "status": "operating", "heilongjiangPort": true, "location": {"lat": 45.27, "lon": 131.99, "confidence": "approximate", "sources": [], "note": "from the fact sheet"}, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = placesRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('placesRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = placesRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["a bare name with no date, coordinate or source", {"opened": null, "location": null, "sources": []}],
    ["no coordinates (location null)", {"location": null}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a date without a source", {"sources": []}, ["sources"]],
    ["an unknown mode", {"modes": ["ferry"]}, ["modes.0"]],
    ["a repeated mode", {"modes": ["road", "road"]}, ["modes"]],
    ["heilongjiangPort as text", {"heilongjiangPort": "yes"}, ["heilongjiangPort"]],
    ["a lon of 200", {"location": {"lat": 45, "lon": 200, "confidence": "approximate", "sources": [], "note": "n"}}, ["location.lon"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
