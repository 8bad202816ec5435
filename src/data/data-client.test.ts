import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectFiles, createDataClient, type FileCallbacks, type FileSlot } from './data-client';

const root = resolve(import.meta.dirname, '../..');
const SECTORS = JSON.parse(readFileSync(resolve(root, 'data/sectors.json'), 'utf8'));

/** Records what the data layer hands the store: the last state of each file, and every status it went through. */
function recorder() {
  const last = new Map<string, FileSlot<unknown>>();
  const history = new Map<string, string[]>();
  const commit = (name: string, slot: FileSlot<unknown>) => {
    last.set(name, slot);
    history.set(name, [...(history.get(name) ?? []), slot.status]);
  };
  const callbacks: FileCallbacks = { datasetChanged: commit, geoChanged: commit };
  return { callbacks, last, history };
}

/** Answers every file from the repository's data/, except those `fail` names (HTTP 500). */
function serve(fail: Set<string>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = /data\/([\w.-]+)$/.exec(String(url))?.[1] ?? '';
      if (fail.has(file.replace(/\.json$/, '')))
        return new Response('', { status: 500, statusText: 'Internal Server Error' });
      return new Response(readFileSync(resolve(root, 'data', file), 'utf8'));
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('connectFiles: the one door from the query layer into the store', () => {
  it('loads every dataset at once and commits each, with its records, as it arrives', async () => {
    serve(new Set());
    const { callbacks, last, history } = recorder();
    connectFiles(createDataClient(), callbacks);
    await vi.waitFor(() => expect(last.get('sectors')?.status).toBe('ready'));
    const slot = last.get('sectors');
    expect(slot?.status === 'ready' && slot.data).toMatchObject({ name: 'sectors', records: SECTORS.records });
    expect(history.get('sectors')).toEqual(['idle', 'loading', 'ready']);
  });

  it('a failed file says why; its refetch (Retry) goes through loading and commits the file once it is back', async () => {
    const fail = new Set(['sectors']);
    serve(fail);
    const { callbacks, last, history } = recorder();
    connectFiles(createDataClient(), callbacks);
    await vi.waitFor(() => expect(last.get('sectors')?.status).toBe('error'));
    const failed = last.get('sectors');
    expect(failed?.status === 'error' && failed.message).toBe('data/sectors.json: HTTP 500 Internal Server Error');
    fail.clear();
    failed?.refetch();
    await vi.waitFor(() => expect(last.get('sectors')?.status).toBe('ready'));
    expect(history.get('sectors')?.slice(-3)).toEqual(['error', 'loading', 'ready']);
  });

  it('the map layers wait until asked for (idle), then load like the datasets', async () => {
    serve(new Set());
    const { callbacks, last } = recorder();
    connectFiles(createDataClient(), callbacks);
    await vi.waitFor(() => expect(last.get('sectors')?.status).toBe('ready'));
    expect(last.get('rivers')?.status).toBe('idle');
    expect(vi.mocked(fetch).mock.calls.some(([url]) => String(url).includes('rivers'))).toBe(false);
    last.get('rivers')?.refetch();
    await vi.waitFor(() => expect(last.get('rivers')?.status).toBe('ready'));
    expect(vi.mocked(fetch).mock.calls.some(([url]) => String(url).endsWith('data/rivers.geojson'))).toBe(true);
  });
});
