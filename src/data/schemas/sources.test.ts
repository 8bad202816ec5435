// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sourcesRecordSchema } from './sources';

const valid = {"id": "tass-pos1-flows", "title": "T", "publisher": "TASS", "url": "https://tass.com/economy/2054559", "date": null, "language": "en", "tier": "outlet"};

function fieldsOf(value: unknown): string[] {
  const result = sourcesRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('sourcesRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = sourcesRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["seed-article without a url but with a note", {"id": "seed-article", "url": null, "note": "no known address"}],
    ["a dated source", {"date": "2024-05"}],
    ["a reprint naming its original", {"tier": "reprint", "original": "Reuters"}],
    ["an aggregator naming no original", {"tier": "aggregator"}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a non-http url", {"url": "javascript:alert(1)"}, ["url"]],
    ["a truncated url", {"url": "https://eurailpress.de/…machalino-hunchun.html"}, ["url"]],
    ["a null url on an ordinary source", {"url": null, "note": "n"}, ["url"]],
    ["an impossible date", {"date": "2023-02-30"}, ["date"]],
    ["a three-letter language", {"language": "eng"}, ["language"]],
    ["a non-kebab id", {"id": "Tass_2024"}, ["id"]],
    ["seed-article without a url and without a note", {"id": "seed-article", "url": null}, ["note"]],
    ["a record without a tier", {"tier": undefined}, ["tier"]],
    ["an unknown tier", {"tier": "blog"}, ["tier"]],
    ["an outlet naming an original", {"original": "Reuters"}, ["original"]],
    ["a primary publisher naming an original", {"tier": "primary", "original": "TASS"}, ["original"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
