import type { DealType } from '@/data/schemas/projects';
import { CURRENT_MONTH, FIRST_MONTH, type MonthKey } from '@/lib/months';

export const PANEL_IDS = ['investment', 'gas', 'payments', 'border'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const PANEL_TITLES: Record<PanelId, string> = {
  investment: 'Investment tracker',
  gas: 'Gas negotiations',
  payments: 'Payment workaround timeline',
  border: 'Border crossings',
};

/**
 * One status vocabulary for the whole dashboard: projects use announced → operating or completed (+ suspended,
 * stalled, cancelled), crossings use planned/operating/closed. Each panel applies the statuses its records can have.
 */
export const STATUS_OPTIONS = [
  'announced',
  'agreed',
  'planned',
  'under-construction',
  'operating',
  'completed',
  'suspended',
  'stalled',
  'closed',
  'cancelled',
  'unknown',
] as const;
export type StatusOption = (typeof STATUS_OPTIONS)[number];

export const STATUS_LABELS: Record<StatusOption, string> = {
  announced: 'Announced',
  agreed: 'Agreed',
  planned: 'Planned',
  'under-construction': 'Under construction',
  operating: 'Operating',
  completed: 'Completed',
  suspended: 'Suspended',
  stalled: 'Stalled',
  closed: 'Closed',
  cancelled: 'Cancelled',
  unknown: 'Status unknown',
};

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Filters {
  from: MonthKey;
  to: MonthKey;
  sectors: string[];
  regions: string[];
  statuses: StatusOption[];
  /** Deal types (projects only): equity, loan, contract … Places have none and are not filtered by it. */
  dealTypes: DealType[];
  search: string;
}

/** Everything a view consists of: what the URL, a saved view and a presentation step carry. */
export interface ViewState {
  filters: Filters;
  focusedPanel: PanelId | null;
  theme: Theme;
  selectedProjectId: string | null;
  selectedCrossingId: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  from: FIRST_MONTH,
  to: CURRENT_MONTH,
  sectors: [],
  regions: [],
  statuses: [],
  dealTypes: [],
  search: '',
};

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  focusedPanel: null,
  theme: 'system',
  selectedProjectId: null,
  selectedCrossingId: null,
};

export const SEARCH_MAX_LENGTH = 200;

/** Sorted, de-duplicated id lists, so equal filters encode to one URL. */
export function normaliseIds<T extends string>(ids: readonly T[]): T[] {
  return [...new Set(ids)].sort();
}

/** Puts a window the right way round and inside FIRST_MONTH … the current month. */
export function normaliseWindow(
  from: MonthKey,
  to: MonthKey,
  max: MonthKey = CURRENT_MONTH,
): { from: MonthKey; to: MonthKey } {
  const clamp = (m: MonthKey) => (m < FIRST_MONTH ? FIRST_MONTH : m > max ? max : m);
  const a = clamp(from);
  const b = clamp(to);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}
