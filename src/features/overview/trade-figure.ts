import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber } from '@/lib/format';
import { formatPartialDate, monthRange, type MonthKey } from '@/lib/months';
import type { Filters } from '@/domain/view-state';
import {
  changeText,
  figure,
  fileProblem,
  missingFigure,
  MISSING_TEXT,
  periodText,
  recordsOf,
  type FileState,
  type OverviewFigure,
  type Source,
} from './overview-figure';
import { latest12Months, tradeEntries, worstConfidence, type TradeTiling } from './trade-window';

export interface TradeFiles {
  monthly: FileState<DatasetRecord<'trade-monthly'>>;
  periods: FileState<DatasetRecord<'trade-periods'>>;
  annual: FileState<DatasetRecord<'trade-annual'>>;
}

const CORE = {
  id: 'trade',
  label: 'China–Russia trade, 12 months',
  prefix: 'US$',
  unit: 'bn',
  scope: 'Latest to window end · all sectors',
} as const;

const isCalendarYear = (t: Pick<TradeTiling, 'from' | 'to'>) => t.from.endsWith('-01') && t.to.endsWith('-12');

/** "2024" for a calendar year, "the 12 months before" otherwise. */
function previousLabel(current: TradeTiling): string {
  return isCalendarYear(current) ? String(Number(current.from.slice(0, 4)) - 1) : 'the 12 months before';
}

/** How a total that is not one published figure was put together. */
function methodOf(tiling: TradeTiling): string | null {
  if (tiling.entries.length === 1) return null;
  const multi = tiling.entries.filter((e) => e.from !== e.to).map((e) => periodText(e.from, e.to));
  const periods = multi.length ? `; ${multi.join(', ')} counted as one figure${multi.length > 1 ? ' each' : ''}` : '';
  return `Sum of ${tiling.entries.length} published or derived figures${periods}`;
}

/** The year-on-year change: as the source prints it for a single published figure, else computed from the sums. */
function change(current: TradeTiling, previous: TradeTiling | null): { text: string | null; computed: boolean } {
  const only = current.entries.length === 1 ? current.entries[0] : undefined;
  if (only?.yoyPct !== undefined) return { text: changeText(only.yoyPct, previousLabel(current)), computed: false };
  if (!previous) return { text: null, computed: false };
  const pct = (current.totalUsdBn / previous.totalUsdBn - 1) * 100;
  return { text: changeText(pct, previousLabel(current)), computed: true };
}

/** Every missing month, consecutive ones as one span ("Jan–Mar 2025, Jun 2025"), never "and N more". */
function months(list: readonly MonthKey[]): string {
  const runs: [MonthKey, MonthKey][] = [];
  for (const m of [...list].sort()) {
    const last = runs.at(-1);
    if (last && monthRange(last[1], m).length === 2) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([from, to]) => periodText(from, to)).join(', ');
}

/**
 * China–Russia trade over the latest 12 months up to the window's end that can be summed exactly, and its change on
 * the 12 months before. Trade has no sector or region, so only the window's end acts on it.
 */
export function tradeFigure(
  files: TradeFiles,
  filters: Pick<Filters, 'to'>,
  sources?: readonly Source[],
): OverviewFigure {
  const all = [files.monthly, files.periods, files.annual];
  if (all.includes('loading')) return missingFigure(CORE, MISSING_TEXT.loading);
  if (all.every((f) => f === 'failed')) return missingFigure(CORE, fileProblem(...all) ?? MISSING_TEXT.failed);
  const entries = tradeEntries(recordsOf(files.monthly), recordsOf(files.periods), recordsOf(files.annual));
  const found = latest12Months(entries, filters.to);
  if (!found) {
    return missingFigure(
      CORE,
      MISSING_TEXT.none,
      `No 12 consecutive months of trade figures up to ${formatPartialDate(filters.to)}.`,
    );
  }
  const { current, previous } = found;
  const delta = change(current, previous);
  const gap = found.latestMonth
    ? `The 12 months to ${formatPartialDate(found.latestMonth)} cannot be summed: ${
        found.missing.length ? `no figure for ${months(found.missing)}` : 'its figures reach outside it'
      }.`
    : null;
  const noPrevious = delta.text === null ? 'No complete 12 months before to compare.' : null;
  const method = [methodOf(current), delta.computed ? 'change computed from the two 12-month sums' : null]
    .filter(Boolean)
    .join('; ');
  return figure(
    CORE,
    {
      value: formatNumber(current.totalUsdBn, 1),
      period: periodText(current.from, current.to),
      change: delta.text,
      note: [gap, noPrevious].filter(Boolean).join(' ') || null,
      confidence:
        current.entries.length === 1
          ? (current.entries[0]?.confidence ?? 'derived')
          : worstConfidence(['derived', ...current.entries.map((e) => e.confidence)]),
      method: method || null,
      sourceIds: [...current.entries, ...(delta.computed ? (previous?.entries ?? []) : [])].flatMap((e) => e.sources),
    },
    sources,
  );
}
