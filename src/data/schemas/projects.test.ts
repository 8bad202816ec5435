// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectsRecordSchema } from './projects';

const valid = {"id": "amur-gas-chemical-complex", "name": {"en": "Amur GCC"}, "sector": "petrochemicals", "dealType": "equity", "regions": ["amur-oblast"], "chineseParty": "Sinopec", "chineseStakePct": 40, "value": {"low": 10, "high": 11, "currency": "USD", "unit": "bn", "measures": "project budget", "asPrinted": "US$10–11 bn"}, "dates": {"started": "2020-09"}, "status": "under-construction", "statusAsOf": "2025-12", "statusNote": "92%", "location": null, "sources": ["s"], "confidence": "confirmed"};

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
    ["a stalled and a completed status", {"status": "stalled"}],
    ["a completed loan", {"status": "completed", "dealType": "loan"}],
    ["a euro contract with a stated US$ equivalent", {"dealType": "contract", "value": {"low": 2.6, "high": 2.6, "currency": "EUR", "unit": "bn", "measures": "contract value", "asPrinted": "€2.6 bn", "usd": {"lowBn": 2.9, "highBn": 2.9, "rate": 1.12, "rateUnit": "USD per EUR", "rateDate": "2019-06", "method": "as printed", "sources": ["s"]}}}],
    ["other figures with their notes", {"otherValues": [{"low": 1.2, "high": 1.2, "currency": "USD", "unit": "bn", "measures": "stake price", "asPrinted": "US$1.2 bn", "note": "a conflicting report", "sources": ["s"]}]}],
  ])('accepts %s', (_, patch) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a stake over 100%", {"chineseStakePct": 140}, ["chineseStakePct"]],
    ["no regions", {"regions": []}, ["regions"]],
    ["an unknown status", {"status": "invested"}, ["status"]],
    ["a value of 0 instead of null", {"value": {"low": 0, "high": 0, "currency": "USD", "unit": "bn", "measures": "loan", "asPrinted": "0"}}, ["value.low", "value.high"]],
    ["no deal type", {"dealType": undefined}, ["dealType"]],
    ["an unknown deal type", {"dealType": "grant"}, ["dealType"]],
    ["a range upside down", {"value": {"low": 11, "high": 10, "currency": "USD", "unit": "bn", "measures": "loan", "asPrinted": "US$10–11 bn"}}, ["value.high"]],
    ["a value without what it measures or as printed", {"value": {"low": 1, "high": 1, "currency": "USD", "unit": "bn"}}, ["value.measures", "value.asPrinted"]],
    ["the old amount field", {"value": {"amount": 10, "low": 10, "high": 10, "currency": "USD", "unit": "bn", "measures": "loan", "asPrinted": "US$10 bn"}}, ["value"]],
    ["a US$ equivalent of a US$ value", {"value": {"low": 1, "high": 1, "currency": "USD", "unit": "bn", "measures": "loan", "asPrinted": "US$1 bn", "usd": {"lowBn": 1, "highBn": 1, "rate": 1, "rateUnit": "RUB per USD", "rateDate": "2020", "method": "m", "sources": ["s"]}}}, ["value.usd"]],
    ["a euro value with a ruble rate", {"value": {"low": 1, "high": 1, "currency": "EUR", "unit": "bn", "measures": "loan", "asPrinted": "€1 bn", "usd": {"lowBn": 1.1, "highBn": 1.1, "rate": 90, "rateUnit": "RUB per USD", "rateDate": "2020", "method": "m", "sources": ["s"]}}}, ["value.usd.rateUnit"]],
    ["an other figure without its note", {"otherValues": [{"low": 1, "high": 1, "currency": "USD", "unit": "bn", "measures": "loan", "asPrinted": "US$1 bn"}]}, ["otherValues.0.note"]],
    ["an impossible date", {"dates": {"started": "2020-02-31"}}, ["dates.started"]],
    ["an unknown date key", {"dates": {"opened": "2020"}}, ["dates"]],
    ["a lat of 200", {"location": {"lat": 200, "lon": 130, "confidence": "confirmed", "sources": ["s"]}}, ["location.lat"]],
  ])('%s → issues at %j', (_, patch, fields) => {
    expect(fieldsOf({ ...valid, ...patch })).toEqual(fields);
  });
});
