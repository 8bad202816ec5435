import { useMemo } from 'react';
import { DEAL_TYPES, DEAL_TYPE_LABELS, type DealType } from '@/data/schemas/projects';
import { useDashboardActions, useDataset, useFilters } from '@/store/hooks';
import { STATUS_LABELS, STATUS_OPTIONS, type StatusOption } from '@/domain/view-state';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterOptionGroup {
  /** Shown as a heading inside the dropdown only when a filter has more than one group. */
  label: string;
  options: FilterOption[];
}

/** Everything the bar needs to draw one multi-choice filter: its dropdown, its chips and its share of the count. */
export interface MultiFilter {
  /** Stable key (the URL parameter's name). */
  id: string;
  /** The control's accessible name, as architecture.md lists it ("Sector", "Region", …). */
  label: string;
  groups: FilterOptionGroup[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/** The label a chosen value shows (its id if the reference file that names it has not loaded or lacks it). */
export function optionLabel(filter: MultiFilter, value: string): string {
  for (const group of filter.groups) {
    const option = group.options.find((o) => o.value === value);
    if (option) return option.label;
  }
  return value;
}

/**
 * The bar's multi-choice filters, in the order they are shown. A new filter is one more entry here: the dropdown,
 * the chips, the count on the phone's Filters button and Reset all follow from the list.
 */
export function useMultiFilters(): MultiFilter[] {
  const filters = useFilters();
  const actions = useDashboardActions();
  const sectors = useDataset('sectors');
  const regions = useDataset('regions');

  const sectorGroups = useMemo(
    () => [{ label: 'Sectors', options: (sectors?.records ?? []).map((s) => ({ value: s.id, label: s.label })) }],
    [sectors],
  );
  const regionGroups = useMemo(() => {
    // Macro-regions ("Russian Far East") are left out: records are tagged with federal subjects, so choosing one
    // would match only the few records tagged with the macro-region itself and hide everything in its member regions.
    const choosable = (regions?.records ?? []).filter((r) => r.kind !== 'macro-region');
    return [
      { label: 'Russia', options: choosable.filter((r) => r.country === 'RU') },
      { label: 'China', options: choosable.filter((r) => r.country === 'CN') },
    ].map((g) => ({ label: g.label, options: g.options.map((r) => ({ value: r.id, label: r.name.en })) }));
  }, [regions]);

  return useMemo(
    () => [
      {
        id: 'sector',
        label: 'Sector',
        groups: sectorGroups,
        selected: filters.sectors,
        onChange: actions.sectorsChanged,
      },
      {
        id: 'region',
        label: 'Region',
        groups: regionGroups,
        selected: filters.regions,
        onChange: actions.regionsChanged,
      },
      {
        id: 'status',
        label: 'Status',
        groups: STATUS_GROUPS,
        selected: filters.statuses,
        onChange: (values) => actions.statusesChanged(values as StatusOption[]),
      },
      {
        id: 'deal',
        label: 'Deal type',
        groups: DEAL_TYPE_GROUPS,
        selected: filters.dealTypes,
        onChange: (values) => actions.dealTypesChanged(values as DealType[]),
      },
    ],
    [filters.sectors, filters.regions, filters.statuses, filters.dealTypes, actions, sectorGroups, regionGroups],
  );
}

const STATUS_GROUPS: FilterOptionGroup[] = [
  { label: 'Statuses', options: STATUS_OPTIONS.map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
];

const DEAL_TYPE_GROUPS: FilterOptionGroup[] = [
  { label: 'Deal types', options: DEAL_TYPES.map((d) => ({ value: d, label: DEAL_TYPE_LABELS[d] })) },
];
