import { DEAL_TYPE_LABELS } from '@/data/schemas/projects';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import { DEFAULT_FILTERS, STATUS_LABELS, type Filters } from './view-state';

export interface FilterLabels {
  sectors: Record<string, string>;
  regions: Record<string, string>;
}

const NO_LABELS: FilterLabels = { sectors: {}, regions: {} };

/** Display names for sector and region ids from their files (an id without a label is shown as itself). */
export function filterLabels(
  sectors: readonly DatasetRecord<'sectors'>[] | undefined,
  regions: readonly DatasetRecord<'regions'>[] | undefined,
): FilterLabels {
  return {
    sectors: Object.fromEntries((sectors ?? []).map((s) => [s.id, s.label])),
    regions: Object.fromEntries((regions ?? []).map((r) => [r.id, r.name.en])),
  };
}

function list(ids: readonly string[], labels: Record<string, string>): string {
  return ids.map((id) => labels[id] ?? id).join(', ');
}

/** One line naming every active filter, for the filter bar, export captions and presentation slides. */
export function describeFilters(filters: Filters, labels: FilterLabels = NO_LABELS): string {
  const parts = [`${formatPartialDate(filters.from)} – ${formatPartialDate(filters.to)}`];
  if (filters.sectors.length) parts.push(`Sector: ${list(filters.sectors, labels.sectors)}`);
  if (filters.regions.length) parts.push(`Region: ${list(filters.regions, labels.regions)}`);
  if (filters.statuses.length) parts.push(`Status: ${filters.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`);
  if (filters.dealTypes.length)
    parts.push(`Deal type: ${filters.dealTypes.map((d) => DEAL_TYPE_LABELS[d]).join(', ')}`);
  if (filters.search) parts.push(`Search: “${filters.search}”`);
  const isWholeRange = filters.from === DEFAULT_FILTERS.from && filters.to === DEFAULT_FILTERS.to;
  return parts.length === 1 && isWholeRange ? `All data, ${parts[0]}` : parts.join(' · ');
}
