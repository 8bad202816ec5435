import type { Confidence } from '@/data/schemas/common';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPercent } from '@/lib/format';
import { formatPartialDate, type MonthKey } from '@/lib/months';
import { bestSourceLink, rankSourceIds, type SourceLink } from './best-source';

/** One headline figure of the overview strip, ready to print: every text here is computed from data/. */
export interface OverviewFigure {
  id: string;
  label: string;
  /** The number as text, or null when there is no figure (then `missing` says why: never a zero). */
  value: string | null;
  /** The unit after the number ("bn", "bcm", "%", "operating"), and a currency written before it ("US$"). */
  unit: string;
  prefix?: string | undefined;
  missing: string | null;
  /** The period or date the figure covers ("Jan–Dec 2025", "1 Oct 2024"). */
  period: string | null;
  /** Against the period before ("−6.9% on 2024"). */
  change: string | null;
  /** A second line: the breakdown or the comparison ("4 under construction · 1 troubled"). */
  detail: string | null;
  /** Said when the figure is not the latest the data holds, or why it is missing. */
  note: string | null;
  /** The data's own note on what `note` names (read out and shown on hover, not printed in the strip). */
  noteDetail?: string | null | undefined;
  /** Which shared filters act on it ("Follows every filter", "Latest to the window's end, all sectors"). */
  scope: string;
  /** Best first. */
  sourceIds: string[];
  source: SourceLink | null;
  confidence: Confidence;
  /** How a derived figure was computed. */
  method: string | null;
}

export type Source = DatasetRecord<'sources'>;

/** What a figure needs from one data file: its records, or why it has none. */
export type FileState<T> = { records: readonly T[]; asOf: string } | 'loading' | 'failed';

export const MISSING_TEXT = {
  loading: 'loading…',
  failed: 'not available (data file failed to load)',
  none: 'not published',
} as const;

type FigureCore = Pick<OverviewFigure, 'id' | 'label' | 'unit' | 'prefix' | 'scope'>;

/** A figure with no value: the reason takes the number's place. */
export function missingFigure(core: FigureCore, reason: string, note: string | null = null): OverviewFigure {
  return {
    ...core,
    value: null,
    missing: reason,
    period: null,
    change: null,
    detail: null,
    note,
    sourceIds: [],
    source: null,
    confidence: 'confirmed',
    method: null,
  };
}

/** The reason a figure cannot be computed yet, or null when every file it needs is there. */
export function fileProblem(...files: FileState<unknown>[]): string | null {
  if (files.includes('failed')) return MISSING_TEXT.failed;
  if (files.includes('loading')) return MISSING_TEXT.loading;
  return null;
}

export function recordsOf<T>(file: FileState<T>): readonly T[] {
  return typeof file === 'string' ? [] : file.records;
}

/** A figure with a value; the sources are ranked and the best one linked. */
export function figure(
  core: FigureCore,
  parts: Pick<OverviewFigure, 'value' | 'period' | 'confidence'> &
    Partial<Pick<OverviewFigure, 'change' | 'detail' | 'note' | 'noteDetail' | 'method'>> & {
      sourceIds: Iterable<string>;
    },
  sources: readonly Source[] | undefined,
): OverviewFigure {
  const sourceIds = rankSourceIds(parts.sourceIds, sources);
  return {
    ...core,
    missing: null,
    change: null,
    detail: null,
    note: null,
    method: null,
    ...parts,
    sourceIds,
    source: bestSourceLink(sourceIds, sources),
  };
}

/** "Jan–Dec 2025", "Jul 2024 – Jun 2025", "Mar 2025". */
export function periodText(from: MonthKey, to: MonthKey): string {
  if (from === to) return formatPartialDate(from);
  const [fy] = from.split('-');
  const [ty] = to.split('-');
  if (fy === ty) return `${formatPartialDate(from).split(' ')[0]}–${formatPartialDate(to)}`;
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

/** "+24.7% on 2024": a signed change with a real minus sign. */
export function changeText(pct: number, against: string, digits = 1): string {
  return `${formatPercent(pct, digits)} on ${against}`;
}
