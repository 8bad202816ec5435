/**
 * The CSV formats the importer accepts, one flat column per record field. The same list drives the mapping
 * (csv-to-records.ts), the detection of the dataset from the header, and the documentation shown in the dialog, so the
 * three cannot drift apart. Lists (`sources`, `regions`, `location_sources`) are space-separated ids.
 */
export type CsvDatasetName = 'projects' | 'trade-monthly';

export interface CsvColumn {
  name: string;
  /** A column the header must contain (the record field it feeds is required by the schema). */
  required: boolean;
  help: string;
}

const col = (name: string, required: boolean, help: string): CsvColumn => ({ name, required, help });

export const CSV_COLUMNS: Record<CsvDatasetName, readonly CsvColumn[]> = {
  'trade-monthly': [
    col('id', true, 'kebab-case record id, e.g. trade-2025-07'),
    col('month', true, 'YYYY-MM (single month)'),
    col('totalUsdBn', true, 'total trade, US$ bn'),
    col('exportsUsdBn', false, 'China → Russia, US$ bn (empty = not sourced)'),
    col('importsUsdBn', false, 'Russia → China, US$ bn (empty = not sourced)'),
    col('sources', true, 'source ids from sources.json, space-separated'),
    col('confidence', true, 'confirmed, derived or approximate'),
    col('method', false, 'how a derived figure was computed (required when derived)'),
    col(
      'alternatives',
      false,
      'other values for the figure, as a JSON array of {"field"?, "value", "basis", "sources"}',
    ),
    col('flags', false, 'quality flags, space-separated: aggregator-source, mixed-sources'),
    col('note', false, 'free text'),
  ],
  projects: [
    col('id', true, 'kebab-case record id'),
    col('name_en', true, 'English name'),
    col('name_ru', false, 'Russian name'),
    col('name_zh', false, 'Chinese name'),
    col('sector', true, 'sector id from sectors.json'),
    col('regions', true, 'region ids from regions.json, space-separated'),
    col('place', false, 'place name, free text'),
    col('chineseParty', true, 'the Chinese party, free text'),
    col('chineseStakePct', false, '0–100 (empty = not known)'),
    col('value_amount', false, 'amount in the original currency (empty = no value: the value_* columns are ignored)'),
    col('value_amount_max', false, 'upper end of a range'),
    col('value_currency', false, 'USD, RUB or CNY'),
    col('value_unit', false, 'm, bn or trn'),
    col('value_qualifier', false, 'about, more-than, less-than or up-to'),
    col('value_scope', false, 'what the amount covers'),
    col('capacity', false, 'free text'),
    col('status', true, 'announced, agreed, under-construction, operating, suspended or cancelled'),
    col('statusAsOf', false, 'YYYY, YYYY-MM or YYYY-MM-DD (empty = undated)'),
    col('statusNote', true, 'what the status rests on'),
    col('announced', false, 'date announced (YYYY, YYYY-MM or YYYY-MM-DD)'),
    col('signed', false, 'date signed'),
    col('started', false, 'date construction started'),
    col('completed', false, 'date completed'),
    col('lat', false, 'latitude (empty lat and lon = no location)'),
    col('lon', false, 'longitude'),
    col('location_confidence', false, 'confirmed or approximate'),
    col('location_sources', false, 'source ids for the coordinates, space-separated'),
    col('location_note', false, 'where an unsourced location comes from'),
    col('sources', true, 'source ids from sources.json, space-separated'),
    col('confidence', true, 'confirmed, derived, approximate or seed-only'),
    col('method', false, 'how a derived record was computed (required when derived)'),
    col('note', false, 'free text'),
  ],
};

export const CSV_DATASETS = Object.keys(CSV_COLUMNS) as CsvDatasetName[];

/** The columns that tell the two formats apart (checked in this order). */
const SIGNATURES: readonly [CsvDatasetName, string][] = [
  ['projects', 'name_en'],
  ['trade-monthly', 'month'],
];

/** Which CSV format a header row belongs to, or null when it matches neither. */
export function detectCsvDataset(header: readonly string[]): CsvDatasetName | null {
  return SIGNATURES.find(([, column]) => header.includes(column))?.[0] ?? null;
}

/** How the formats are told apart, for the error a CSV of neither format gets. */
export function csvFormatHint(): string {
  return SIGNATURES.map(([name, column]) => `a ${name} CSV has a ${column} column`).join('; ');
}

export function requiredColumns(name: CsvDatasetName): string[] {
  return CSV_COLUMNS[name].filter((c) => c.required).map((c) => c.name);
}

export function columnNames(name: CsvDatasetName): string[] {
  return CSV_COLUMNS[name].map((c) => c.name);
}
