// @vitest-environment node
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_NAMES, recordSchemas } from '../src/data/schemas/registry';
import { formatProblem, inspectDataDir, validateDataDir } from './validate-data-lib';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

async function readJson(
  dir: string,
  name: string,
): Promise<{ asOf: string; records: Record<string, unknown>[] } & Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8'));
}

describe('the real data files', () => {
  it('pass every schema and cross-reference check', async () => {
    const problems = await validateDataDir(DATA_DIR);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  /** The projects the first version held (fact sheet §1b): the research list adds to them, never replaces them. */
  const FACT_SHEET_PROJECTS = [
    'amur-gas-chemical-complex',
    'tongjiang-nizhneleninskoye-rail-bridge',
    'blagoveshchensk-heihe-road-bridge',
    'bolshoy-ussuriysky-island-development',
    'kimkan-sutara-mining-plant',
    'yamal-lng',
    'arctic-lng-2',
    'belogorsk-cement-plant',
    'belogorsk-oil-refinery',
    'amuro-khinganskaya-anchor-projects',
    'berezovy-timber-plant',
    'agro-industrial-fund-pipeline',
    'baoli-bitumina-plant',
    'kangalassy-building-materials',
    'far-east-petrochemical-company-nakhodka',
    'nakhodka-fertiliser-plant',
    'sherwood-methanol-plant',
    'vladivostok-satellite-city-education-centre',
    'power-of-siberia-2',
    'far-eastern-route-pipeline',
    'hunchun-international-port',
    'pashkovo-jiayin-road-bridge',
  ];

  it('has one file per registered dataset, and every record passes its schema on its own', async () => {
    for (const name of DATASET_NAMES) {
      const file = await readJson(DATA_DIR, name);
      expect(file.dataset).toBe(name);
      for (const record of file.records)
        expect(recordSchemas[name].safeParse(record).success, `${name} › ${String(record.id)}`).toBe(true);
    }
  });

  it('holds at least 120 projects, the 22 of the fact sheet among them', async () => {
    const ids = (await readJson(DATA_DIR, 'projects')).records.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(120);
    expect(ids).toEqual(expect.arrayContaining(FACT_SHEET_PROJECTS));
  });

  it('states in the crossings count how many of the 19 Heilongjiang ports places.json names', async () => {
    const places = (await readJson(DATA_DIR, 'places')).records;
    const named = places.filter((p) => p.heilongjiangPort === true).length;
    const count = (await readJson(DATA_DIR, 'aggregates')).records.find(
      (a) => a.id === 'heilongjiang-ports-facing-russia-2024',
    );
    expect(count?.projectCount).toBe(19);
    expect(String(count?.note)).toContain(`flags ${named} places`);
    expect(String(count?.note)).toContain(`At least ${19 - named} of the 19`);
  });

  it('keeps every seed-article claim next to a corrected, sourced value', async () => {
    for (const name of DATASET_NAMES) {
      for (const record of (await readJson(DATA_DIR, name)).records) {
        if (!record.articleClaim) continue;
        const sources = record.sources as string[];
        expect(sources, `${name} › ${String(record.id)}`).toContain('seed-article');
        expect(sources.length, `${name} › ${String(record.id)} needs a source besides the article`).toBeGreaterThan(1);
      }
    }
  });

  it('never records a missing trade month as 0', async () => {
    for (const m of (await readJson(DATA_DIR, 'trade-monthly')).records) expect(m.totalUsdBn).toBeGreaterThan(0);
  });

  it('reports its size', async () => {
    const report = await inspectDataDir(DATA_DIR);
    expect(report.files).toBe(DATASET_NAMES.length);
    expect(report.records).toBeGreaterThan(300);
  });
});

describe('a broken copy of the data', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bri-data-'));
    await cp(DATA_DIR, dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function breakRecord(
    name: string,
    id: string,
    change: (record: Record<string, unknown>) => void,
  ): Promise<void> {
    const file = await readJson(dir, name);
    const record = file.records.find((r) => r.id === id);
    if (!record) throw new Error(`no record ${id} in ${name}`);
    change(record);
    await writeFile(join(dir, `${name}.json`), JSON.stringify(file, null, 2));
  }

  async function lines(): Promise<string[]> {
    return (await validateDataDir(dir)).map(formatProblem);
  }

  it.each<[string, string, string, (r: Record<string, unknown>) => void, string]>([
    [
      'a bad source id',
      'projects',
      'amur-gas-chemical-complex',
      (r) => ((r.sources as string[])[0] = 'no-such-source'),
      'projects.json › amur-gas-chemical-complex › sources[0]: unknown source id "no-such-source"',
    ],
    [
      'an impossible date',
      'events',
      'us-eo-14114',
      (r) => (r.date = '2023-02-30'),
      'events.json › us-eo-14114 › date: must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'a latitude of 200',
      'places',
      'khabarovsk',
      (r) => ((r.location as { lat: number }).lat = 200),
      'places.json › khabarovsk › location.lat: latitude must be ≤ 90',
    ],
    [
      'a non-http url',
      'sources',
      'tass-pos1-flows',
      (r) => (r.url = 'javascript:alert(1)'),
      'sources.json › tass-pos1-flows › url: must be an absolute http(s) URL',
    ],
    [
      'an unknown region',
      'projects',
      'yamal-lng',
      (r) => (r.regions = ['atlantis']),
      'projects.json › yamal-lng › regions[0]: unknown regions id "atlantis"',
    ],
    [
      'a derived month without its method',
      'trade-monthly',
      'trade-2023-12',
      (r) => delete r.method,
      'trade-monthly.json › trade-2023-12 › method: a derived record must say its method',
    ],
    [
      'a misspelt field',
      'gas-flows',
      'pos1-2024',
      (r) => ((r.sourcs = r.sources), delete r.sources),
      'gas-flows.json › pos1-2024 › sources: expected array, received nothing (the field is missing)',
    ],
  ])('reports %s as file › id › field', async (_, name, id, change, expected) => {
    await breakRecord(name, id, change);
    expect(await lines()).toContain(expected);
  });

  it('reports a duplicate id', async () => {
    const file = await readJson(dir, 'sectors');
    file.records.push({ ...file.records[0] });
    await writeFile(join(dir, 'sectors.json'), JSON.stringify(file));
    expect(await lines()).toEqual([
      `sectors.json › ${String(file.records[0]?.id)} › id: duplicate id (first used by record #0)`,
    ]);
  });

  it('uses #index for a record without an id', async () => {
    const file = await readJson(dir, 'regions');
    delete file.records[2]?.id;
    await writeFile(join(dir, 'regions.json'), JSON.stringify(file));
    expect(await lines()).toContain('regions.json › #2 › id: expected string, received nothing (the field is missing)');
  });

  it('reports a wrong asOf', async () => {
    const file = await readJson(dir, 'gas-flows');
    file.asOf = '2020-01-01';
    await writeFile(join(dir, 'gas-flows.json'), JSON.stringify(file));
    expect((await lines()).join('\n')).toMatch(
      /^gas-flows\.json › \(envelope\) › asOf: is 2020-01-01, but the newest source the file uses is dated /m,
    );
  });

  it('reports a broken envelope, a missing file and a stray file', async () => {
    const file = await readJson(dir, 'yuan-share');
    file.dataset = 'places';
    await writeFile(join(dir, 'yuan-share.json'), JSON.stringify(file));
    await rm(join(dir, 'gas-prices.json'));
    await writeFile(join(dir, 'notes.json'), '{}');
    const found = await lines();
    expect(found).toContain('yuan-share.json › (envelope) › dataset: expected "yuan-share", received string "places"');
    expect(found).toContain('gas-prices.json › (file) › (file): is missing');
    expect(found).toContain('notes.json › (file) › (file): is not a known dataset (see src/data/schemas/registry.ts)');
  });

  it('makes the CLI print the problem and exit 1', async () => {
    await breakRecord('places', 'vladivostok', (r) => ((r.location as { lon: number }).lon = 999));
    const run = promisify(execFile);
    const cli = resolve(import.meta.dirname, 'validate-data.ts');
    const tsx = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
    const error = await run(tsx, [cli, dir]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('places.json › vladivostok › location.lon: longitude must be ≤ 180');
    expect(error?.stderr).toMatch(/\n1 problem\n$/);
  }, 30_000);

  it('makes the CLI name a character the PDF font lacks, with its file, and exit 1', async () => {
    await breakRecord('places', 'vladivostok', (r) => ((r.name as { en: string }).en += ' 한'));
    const run = promisify(execFile);
    const tsx = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
    const error = await run(tsx, [resolve(import.meta.dirname, 'validate-data.ts'), dir]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('places.json: “한” (U+D55C) is not in the PDF font bri-pdf-sans-regular.ttf');
    expect(error?.stderr).toMatch(/\n2 problems\n$/); // one per weight, and the record itself is valid
  }, 30_000);

  it('makes the CLI say data OK for the real files', async () => {
    const run = promisify(execFile);
    const tsx = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
    const { stdout } = await run(tsx, [resolve(import.meta.dirname, 'validate-data.ts'), DATA_DIR]);
    expect(stdout).toMatch(/^data OK: \d+ files, \d+ records\n$/);
  }, 30_000);
});
