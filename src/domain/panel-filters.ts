import type { Filters, PanelId } from './view-state';

/** The shared filters, as a card names them in its tags. */
export const FILTER_TAGS = ['window', 'sectors', 'regions', 'statuses', 'dealTypes', 'search'] as const;
export type FilterTag = (typeof FILTER_TAGS)[number];

export const FILTER_TAG_LABELS: Record<FilterTag, string> = {
  window: 'Time',
  sectors: 'Sector',
  regions: 'Region',
  statuses: 'Status',
  dealTypes: 'Deal type',
  search: 'Search',
};

/**
 * Which shared filters act on each panel: `true` for all of it, a phrase for part of it. A filter not listed does
 * nothing there (gas, trade and payment records carry no sector, region, status or deal type). The selectors are the
 * truth; this is what the cards tell the reader (panel-filters.test.ts checks the panels ignore what is not listed).
 */
export const PANEL_FILTERS: Record<PanelId, Partial<Record<FilterTag, true | string>>> = {
  investment: { window: true, sectors: true, regions: true, statuses: true, dealTypes: true, search: true },
  gas: { window: true, search: 'events' },
  payments: { window: true, search: 'events' },
  border: {
    window: 'by opening date',
    regions: true,
    statuses: true,
    search: true,
    sectors: 'project markers',
    dealTypes: 'project markers',
  },
};

/** Whether a filter is set to anything but "all" (the window is always set, so it never counts here). */
export function filterIsActive(tag: FilterTag, filters: Filters): boolean {
  if (tag === 'window') return false;
  if (tag === 'search') return filters.search.trim() !== '';
  return filters[tag].length > 0;
}

/** The filters the reader has set that do nothing for a panel, in bar order. */
export function idleFilters(panel: PanelId, filters: Filters): FilterTag[] {
  return FILTER_TAGS.filter((tag) => PANEL_FILTERS[panel][tag] === undefined && filterIsActive(tag, filters));
}
