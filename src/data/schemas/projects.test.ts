// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectsRecordSchema } from './projects';

const valid = {"id": "amur-gas-chemical-complex", "name": {"en": "Amur GCC"}, "sector": "petrochemicals", "regions": ["amur-oblast"], "chineseParty": "Sinopec", "chineseStakePct": 40, "value": {"amount": 10, "amountMax": 11, "currency": "USD", "unit": "bn"}, "dates": {"started": "2020-09"}, "status": "under-construction", "statusAsOf": "2025-12", "statusNote": "92%", "location": null, "sources": ["s"], "confidence": "confirmed"};

function fieldsOf(value: unknown): string[] {
  const result = projectsRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('projectsRecordSchema', () => {
  it('accepts a valid record', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('rejects a record with an unknown field, naming the field', () => {
    const result = projectsRecordSchema.safeParse({ ...valid, sourcs: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field(s): sourcs');
  });

  it.each<[string, Record<string, unknown>]>([
    ["no value and no stake", {"value": null, "chineseStakePct": null}],
    ["statusAsOf null", {"statusAsOf": null}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a stake over 100%", {"chineseStakePct": 140}, ["chineseStakePct"]],
    ["no regions", {"regions": []}, ["regions"]],
    ["an unknown status", {"status": "invested"}, ["status"]],
    ["a value of 0 instead of null", {"value": {"amount": 0, "currency": "USD", "unit": "bn"}}, ["value.amount"]],
    ["an impossible date", {"dates": {"started": "2020-02-31"}}, ["dates.started"]],
    ["an unknown date key", {"dates": {"opened": "2020"}}, ["dates"]],
    ["a lat of 200", {"location": {"lat": 200, "lon": 130, "confidence": "confirmed", "sources": ["s"]}}, ["location.lat"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
