// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  envelopeSchema,
  isHttpUrl,
  isRealPartialDate,
  location,
  money,
  month,
  partialDate,
  partialDateBounds,
} from './common';

function fieldsOf(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  value: unknown,
): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('isRealPartialDate', () => {
  it.each([
    ['2024', true],
    ['2024-02', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13', false],
    ['2023-00', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-1-5', false],
    ['23', false],
    ['2023/01/01', false],
    ['', false],
    ['0999', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealPartialDate(value)).toBe(expected);
    expect(partialDate.safeParse(value).success).toBe(expected);
  });
});

describe('partialDateBounds', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2025-08-11', '2025-08-11', '2025-08-11'],
  ])('%s covers %s … %s', (value, first, last) => {
    expect(partialDateBounds(value)).toEqual({ first, last });
  });
});

describe('month', () => {
  it.each([
    ['2024-08', true],
    ['2024', false],
    ['2024-08-01', false],
    ['2024-13', false],
  ])('%s → %s', (value, ok) => expect(month.safeParse(value).success).toBe(ok));
});

describe('isHttpUrl', () => {
  it.each([
    ['https://tass.com/economy/2054559', true],
    ['http://piglix.com/piglix/China%E2%80%93Russia_borders', true],
    ['https://www.trtworld.com:443/article/18169075', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.org/file', false],
    ['//example.org/no-scheme', false],
    ['/relative/path', false],
    ['https://example.org/with space', false],
    ['https://example.org/truncated…', false],
    ['', false],
  ])('%s → %s', (value, expected) => expect(isHttpUrl(value)).toBe(expected));
});

describe('money', () => {
  const base = { amount: 820, currency: 'RUB', unit: 'bn' };
  const usd = { amountBn: 9.1, rate: 90, rateUnit: 'RUB per USD', rateDate: '2023', method: 'm', sources: ['s'] };
  it.each<[string, unknown, string[]]>([
    ['a plain amount', base, []],
    ['a range', { ...base, amountMax: 900 }, []],
    ['amountMax below amount', { ...base, amountMax: 800 }, ['amountMax']],
    ['zero (missing figures are null, never 0)', { ...base, amount: 0 }, ['amount']],
    ['unknown currency', { ...base, currency: 'EUR' }, ['currency']],
    ['a stated conversion', { ...base, usd }, []],
    ['a conversion without sources', { ...base, usd: { ...usd, sources: [] } }, ['usd.sources']],
    ['a conversion of a USD amount', { ...base, currency: 'USD', usd }, ['usd']],
    ['a conversion with the wrong rate unit', { ...base, usd: { ...usd, rateUnit: 'CNY per USD' } }, ['usd.rateUnit']],
    ['an unknown field', { ...base, value: 1 }, ['']],
  ])('%s', (_, value, fields) => expect(fieldsOf(money, value)).toEqual(fields));
});

describe('location', () => {
  const base = { lat: 48.48, lon: 135.08, confidence: 'confirmed', sources: ['simplewiki-khabarovsk'] };
  it.each<[string, unknown, string[]]>([
    ['a sourced coordinate', base, []],
    ['lat 200', { ...base, lat: 200 }, ['lat']],
    ['lon −181', { ...base, lon: -181 }, ['lon']],
    ['confirmed without a source', { ...base, sources: [], note: 'x' }, ['sources']],
    [
      'approximate without a source but with a note',
      { ...base, confidence: 'approximate', sources: [], note: 'from the fact sheet' },
      [],
    ],
    ['approximate without a source or note', { ...base, confidence: 'approximate', sources: [] }, ['note']],
    ['derived is not a location confidence', { ...base, confidence: 'derived' }, ['confidence']],
  ])('%s', (_, value, fields) => expect(fieldsOf(location, value)).toEqual(fields));
});

describe('envelopeSchema', () => {
  const base = { schemaVersion: 1, dataset: 'projects', title: 'T', asOf: '2026-01-14', records: [] };
  it.each<[string, unknown, string[]]>([
    ['a valid envelope', base, []],
    ['with a note', { ...base, note: 'n' }, []],
    ['the wrong dataset name', { ...base, dataset: 'places' }, ['dataset']],
    ['schemaVersion 2', { ...base, schemaVersion: 2 }, ['schemaVersion']],
    ['asOf not a date', { ...base, asOf: '14 Jan 2026' }, ['asOf']],
    ['records not an array', { ...base, records: {} }, ['records']],
    ['an unknown top-level key', { ...base, extra: true }, ['']],
  ])('%s', (_, value, fields) => expect(fieldsOf(envelopeSchema('projects'), value)).toEqual(fields));

  it('accepts records of any shape (they are validated one by one)', () => {
    expect(envelopeSchema('projects').safeParse({ ...base, records: [1, 'x', { id: 'ok' }] }).success).toBe(true);
  });
});
