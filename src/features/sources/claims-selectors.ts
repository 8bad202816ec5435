import type { LoadedDataset } from '@/data/load-dataset';
import type { ArticleClaim } from '@/data/schemas/common';
import type { DatasetName } from '@/data/schemas/registry';

export interface CheckedClaim {
  dataset: DatasetName;
  recordId: string;
  /** What the record is, in a few words (its label, title or English name). */
  subject: string;
  claim: ArticleClaim;
}

function subjectOf(record: Record<string, unknown>): string {
  const name = record.name as { en?: string } | undefined;
  for (const candidate of [record.label, record.title, name?.en, record.id])
    if (typeof candidate === 'string' && candidate) return candidate;
  return '';
}

/** Pure: every record, in every loaded file, that keeps the source article's version of a figure beside the corrected one. */
export function selectCheckedClaims(datasets: readonly LoadedDataset[]): CheckedClaim[] {
  return datasets.flatMap((dataset) =>
    (dataset.records as Record<string, unknown>[]).flatMap((record) => {
      const claim = record.articleClaim as ArticleClaim | undefined;
      return claim ? [{ dataset: dataset.name, recordId: String(record.id), subject: subjectOf(record), claim }] : [];
    }),
  );
}
