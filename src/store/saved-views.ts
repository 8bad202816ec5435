import * as z from 'zod/mini';
import { DEAL_TYPES } from '@/data/schemas/projects';
import { CHART_IDS, PANEL_HERO_CHART, type ChartId } from '@/domain/chart-ids';
import { isMonthKey } from '@/lib/months';
import {
  PANEL_IDS,
  SEARCH_MAX_LENGTH,
  STATUS_OPTIONS,
  THEMES,
  normaliseWindow,
  type ViewState,
} from '@/domain/view-state';

/**
 * A named view a presenter steps through: filters, focused panel and selection, the chart its slide shows, with an
 * optional slide title and note.
 */
export interface SavedView {
  id: string;
  name: string;
  title: string;
  note: string;
  /** The chart on the slide: a chart id, 'overview' for the headline strip, 'border-map' for the map. */
  chart: ChartId;
  view: ViewState;
}

/** The slide a view without a chart (a version-1 file) shows: its focused panel's hero chart, else the overview. */
export function defaultChart(view: Pick<ViewState, 'focusedPanel'>): ChartId {
  return view.focusedPanel ? PANEL_HERO_CHART[view.focusedPanel] : 'overview';
}

export const SAVED_VIEWS_VERSION = 2;

const month = z.string().check(z.refine(isMonthKey, 'must be a month (YYYY-MM)'));
const ids = z.array(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be an id')));

const viewStateSchema = z.object({
  filters: z.object({
    from: month,
    to: month,
    sectors: ids,
    regions: ids,
    statuses: z.array(z.enum(STATUS_OPTIONS)),
    // Views saved before the deal-type filter existed have none: they read as "every deal type".
    dealTypes: z.optional(z.array(z.enum(DEAL_TYPES))),
    search: z.string().check(z.maxLength(SEARCH_MAX_LENGTH)),
  }),
  focusedPanel: z.nullable(z.enum(PANEL_IDS)),
  theme: z.enum(THEMES),
  selectedProjectId: z.nullable(z.string()),
  selectedCrossingId: z.nullable(z.string()),
});

const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1, 'needs a name'), z.maxLength(120)),
  title: z.string().check(z.maxLength(200)),
  note: z.string().check(z.maxLength(4000)),
  // Version 1 had no chart: such a view shows its focused panel's hero chart.
  chart: z.optional(z.enum(CHART_IDS)),
  view: viewStateSchema,
});

/**
 * The file format of an exported set of saved views (and of what localStorage holds). Version 2 added each view's
 * `chart`; version-1 files still load (see `chart` above).
 */
export const savedViewsFileSchema = z.object({
  app: z.literal('china-russia-bri-dashboard'),
  kind: z.literal('saved-views'),
  version: z.union([z.literal(1), z.literal(SAVED_VIEWS_VERSION)]),
  views: z.array(savedViewSchema),
});

export function savedViewsFile(views: readonly SavedView[]): z.infer<typeof savedViewsFileSchema> {
  return { app: 'china-russia-bri-dashboard', kind: 'saved-views', version: SAVED_VIEWS_VERSION, views: [...views] };
}

/**
 * Reads an imported or stored saved-views file. All or nothing: one bad view rejects the file with a message naming
 * the view and the field, so a bad import changes nothing.
 */
export function parseSavedViews(text: string): { views: SavedView[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON.' };
  }
  const result = savedViewsFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const where =
      path[0] === 'views' && typeof path[1] === 'number'
        ? `view ${path[1] + 1}, field ${path.slice(2).join('.') || '(whole view)'}`
        : path.join('.') || 'top level';
    return { error: `Not a saved-views file from this dashboard: ${where}: ${issue?.message ?? 'invalid'}.` };
  }
  return {
    views: result.data.views.map((v) => ({
      ...v,
      chart: v.chart ?? defaultChart(v.view),
      view: {
        ...v.view,
        filters: {
          ...v.view.filters,
          dealTypes: v.view.filters.dealTypes ?? [],
          ...normaliseWindow(v.view.filters.from, v.view.filters.to),
        },
      },
    })),
  };
}

/** Moves the view with `id` by `delta` places (−1 = earlier), clamped to the list. Pure. */
export function moveView(views: readonly SavedView[], id: string, delta: number): SavedView[] {
  const from = views.findIndex((v) => v.id === id);
  if (from < 0) return [...views];
  const to = Math.min(Math.max(from + delta, 0), views.length - 1);
  const next = [...views];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** A unique id for a new view (time-based plus a counter; never reused within a list). */
export function newViewId(existing: readonly SavedView[], now: number = Date.now()): string {
  let n = existing.length + 1;
  let id = `view-${now.toString(36)}-${n}`;
  while (existing.some((v) => v.id === id)) id = `view-${now.toString(36)}-${(n += 1)}`;
  return id;
}
