import { pluralise } from '@/lib/format';
import type { TidyRow } from '@/lib/tidy-csv';
import { stageValuesText, type FunnelStage, type TroubledGroup } from './funnel-selectors';
import { formatUsdSum, type CurrencySum, type UsdSum } from './project-value';
import type { FunnelRowInput } from './status-funnel-layout';
import { STATUS_COLORS } from './status-colors';

const base = { date: null, low: null, high: null, currency: null, usdEquivalent: null, confidence: null } as const;

function values(group: { count: number; sums: CurrencySum[]; usd: UsdSum }): FunnelRowInput['values'] {
  if (group.count === 0) return null;
  return { full: stageValuesText(group), short: `US$ total: ${formatUsdSum(group.usd)}` };
}

/** The rows the funnel draws: the stages in order (exits from the path set apart), then the troubled group. */
export function funnelRowInputs(stages: readonly FunnelStage[], troubled: TroubledGroup): FunnelRowInput[] {
  let seenOff = false;
  const rows = stages.map((s): FunnelRowInput => {
    const first = s.offPath && !seenOff;
    seenOff ||= s.offPath;
    return {
      key: s.status,
      label: `${s.label}: ${pluralise(s.count, 'project')}`,
      share: s.share,
      color: STATUS_COLORS[s.status],
      values: values(s),
      gapBefore: first ? 'off-path' : 'none',
    };
  });
  const group: FunnelRowInput = {
    key: 'troubled',
    label: `${troubled.label}: ${pluralise(troubled.count, 'project')}`,
    share: null,
    color: '#000',
    values: values(troubled),
    gapBefore: 'rule',
  };
  return [...rows, group];
}

function groupRows(category: string, g: { count: number; sums: CurrencySum[]; usd: UsdSum }, ids: readonly string[]) {
  const out: TidyRow[] = [{ ...base, series: 'Projects', category, value: g.count, unit: 'projects', sourceIds: ids }];
  for (const s of g.sums)
    out.push({
      ...base,
      series: 'Value in its original currency (sum)',
      category,
      value: s.low,
      low: s.low,
      high: s.high,
      unit: `${s.currency} bn`,
      currency: s.currency,
      sourceIds: ids,
    });
  if (g.usd.count > 0)
    out.push({
      ...base,
      series: 'US$ total (US$ values and stated US$ equivalents)',
      category,
      value: g.usd.low,
      low: g.usd.low,
      high: g.usd.high,
      unit: 'US$ bn',
      currency: 'USD',
      usdEquivalent: g.usd.low,
      sourceIds: ids,
    });
  return out;
}

/** What the funnel plots, tidy: per stage its count, its sums per original currency and its US$ total. */
export function funnelRows(stages: readonly FunnelStage[], troubled: TroubledGroup): TidyRow[] {
  return [
    ...stages.flatMap((s) => groupRows(s.label, s, s.sourceIds)),
    ...groupRows(`${troubled.label}, together`, troubled, troubled.sourceIds),
  ];
}

/** "33 of 150 projects are operating or completed; 9 are suspended, stalled or cancelled". */
export function funnelTitle(stages: readonly FunnelStage[], troubled: TroubledGroup): string {
  const total = stages.reduce((n, s) => n + s.count, 0);
  if (total === 0) return 'No projects in this view';
  const done = stages
    .filter((s) => s.status === 'operating' || s.status === 'completed')
    .reduce((n, s) => n + s.count, 0);
  return `${done} of ${pluralise(total, 'project')} are operating or completed; ${troubled.count} are suspended, stalled or cancelled`;
}
