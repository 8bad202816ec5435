import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, loadDataset, parseDataset } from './load-dataset';

const envelope = (records: unknown[]) => ({
  schemaVersion: 1,
  dataset: 'sectors',
  title: 'Sectors',
  asOf: '2025-01-01',
  records,
});

describe('parseDataset', () => {
  it('keeps the valid records and rejects the bad one, naming file, record and field', () => {
    const result = parseDataset(
      'sectors',
      envelope([{ id: 'transport', label: 'Transport' }, { id: 'mining', label: 42 }, { label: 'x' }]),
    );
    expect(result.records.map((r) => r.id)).toEqual(['transport']);
    expect(result.rejected).toEqual([
      expect.objectContaining({ index: 1, id: 'mining', field: 'label' }),
      expect.objectContaining({ index: 2, id: '#2', field: 'id' }),
    ]);
  });

  it.each([
    [[], /data\/sectors.json: wrong top-level shape/],
    [{ ...envelope([]), records: 'nope' }, /records/],
    [{ ...envelope([]), dataset: 'projects' }, /dataset/],
  ])('refuses a file whose top level is wrong (%#)', (json, message) => {
    expect(() => parseDataset('sectors', json)).toThrow(message);
  });
});

describe('loadDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    [() => new Response('nope', { status: 404, statusText: 'Not Found' }), /data\/projects.json: HTTP 404 Not Found/],
    [() => new Response('<html>', { status: 200 }), /data\/projects.json: is not valid JSON/],
  ])('names the file and what went wrong (%#)', async (response, message) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response()),
    );
    await expect(loadDataset('projects')).rejects.toThrow(message);
    await expect(loadDataset('projects')).rejects.toBeInstanceOf(DatasetLoadError);
  });
});
