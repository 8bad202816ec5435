import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset, type LoadedDataset } from '@/data/load-dataset';
import { DATASET_NAMES, type DatasetName } from '@/data/schemas/registry';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** A real file from data/, validated by the same code the app uses (tests run on the product's data, not mocks). */
export function realDataset<N extends DatasetName>(name: N): LoadedDataset<N> {
  return parseDataset(name, JSON.parse(readFileSync(resolve(DATA_DIR, `${name}.json`), 'utf8')));
}

export function allRealDatasets(): LoadedDataset[] {
  return DATASET_NAMES.map((name) => realDataset(name) as LoadedDataset);
}
