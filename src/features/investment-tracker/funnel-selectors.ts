import { TROUBLED_STATUSES } from '@/data/schemas/projects';
import { pluralise } from '@/lib/format';
import type { TableModel } from '@/lib/table-model';
import { formatCurrencySum, formatUsdSum, sumByCurrency, sumUsd, type CurrencySum, type UsdSum } from './project-value';
import { STATUS_ORDER, statusLabel, type Project, type ProjectStatus } from './investment-selectors';

export interface FunnelStage {
  status: ProjectStatus;
  label: string;
  count: number;
  /** Values summed per original currency; never across currencies. */
  sums: CurrencySum[];
  usd: UsdSum;
  /** Suspended, stalled and cancelled ("troubled") are exits from the path, drawn apart from it. */
  offPath: boolean;
  selected: boolean;
  /** Share of the largest stage, 0–1, for the bar length. */
  share: number;
  /** The stage's projects' sources (the chart's CSV cites them). */
  sourceIds: readonly string[];
}

const OFF_PATH: readonly ProjectStatus[] = TROUBLED_STATUSES;

/** Counts and values per status, from projects filtered by everything but status (so a stage can be toggled). */
export function selectFunnel(projects: readonly Project[], selectedStatuses: readonly string[]): FunnelStage[] {
  const byStatus = STATUS_ORDER.map((status) => ({ status, items: projects.filter((p) => p.status === status) }));
  const max = Math.max(1, ...byStatus.map((s) => s.items.length));
  return byStatus.map(({ status, items }) => ({
    status,
    label: statusLabel(status),
    count: items.length,
    sums: sumByCurrency(items.map((p) => p.value)),
    usd: sumUsd(items.map((p) => p.value)),
    offPath: OFF_PATH.includes(status),
    selected: selectedStatuses.includes(status),
    share: items.length / max,
    sourceIds: [...new Set(items.flatMap((p) => p.sources))],
  }));
}

/** Suspended, stalled and cancelled together: the "troubled" list analysts ask for, selectable in one click. */
export interface TroubledGroup {
  statuses: readonly ProjectStatus[];
  label: string;
  count: number;
  sums: CurrencySum[];
  usd: UsdSum;
  /** True when the status filter is exactly the troubled statuses. */
  selected: boolean;
  sourceIds: readonly string[];
}

export function selectTroubled(projects: readonly Project[], selectedStatuses: readonly string[]): TroubledGroup {
  const items = projects.filter((p) => TROUBLED_STATUSES.includes(p.status));
  const selected =
    selectedStatuses.length === TROUBLED_STATUSES.length &&
    TROUBLED_STATUSES.every((s) => selectedStatuses.includes(s));
  return {
    statuses: TROUBLED_STATUSES,
    label: `Troubled (${TROUBLED_STATUSES.map((s) => statusLabel(s).toLowerCase()).join(', ')})`,
    count: items.length,
    sums: sumByCurrency(items.map((p) => p.value)),
    usd: sumUsd(items.map((p) => p.value)),
    selected,
    sourceIds: [...new Set(items.flatMap((p) => p.sources))],
  };
}

/**
 * "US$10 bn (1 project); ₽19 bn (1 project)", then the US$ total of the stage when it adds something (another
 * currency is present, or a conversion was used); "no value sourced" when no project in the stage has a value.
 */
export function stageValuesText(stage: Pick<FunnelStage, 'sums' | 'usd'>): string {
  if (stage.sums.length === 0) return 'no value sourced';
  const perCurrency = stage.sums.map((s) => `${formatCurrencySum(s)} (${pluralise(s.count, 'project')})`).join('; ');
  const onlyUsd = stage.sums.every((s) => s.currency === 'USD') && stage.usd.converted === 0;
  return onlyUsd ? perCurrency : `${perCurrency} · US$ total: ${formatUsdSum(stage.usd)}`;
}

export function funnelTable(stages: readonly FunnelStage[], troubled?: TroubledGroup): TableModel {
  const stageRows = stages.map((s) => ({
    id: s.status,
    status: s.label,
    count: s.count,
    values: stageValuesText(s),
    usd: s.count === 0 ? null : formatUsdSum(s.usd),
  }));
  const troubledRow = troubled && {
    id: 'troubled',
    status: `${troubled.label}, together`,
    count: troubled.count,
    values: stageValuesText(troubled),
    usd: troubled.count === 0 ? null : formatUsdSum(troubled.usd),
  };
  return {
    caption: 'Projects by status',
    columns: [
      { key: 'status', label: 'Status' },
      { key: 'count', label: 'Projects', kind: 'number' },
      { key: 'values', label: 'Value by original currency' },
      { key: 'usd', label: 'US$ total (where a US$ value exists)' },
    ],
    rows: troubledRow ? [...stageRows, troubledRow] : stageRows,
  };
}
