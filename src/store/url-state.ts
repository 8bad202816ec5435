import { DEAL_TYPES, type DealType } from '@/data/schemas/projects';
import { CURRENT_MONTH, FIRST_MONTH, isMonthKey } from '@/lib/months';
import {
  DEFAULT_VIEW,
  PANEL_IDS,
  SEARCH_MAX_LENGTH,
  STATUS_OPTIONS,
  THEMES,
  normaliseIds,
  type PanelId,
  type StatusOption,
  type Theme,
  type ViewState,
} from '@/domain/view-state';

/**
 * The address bar codec: pure, versioned, never throws. `v=2` is written on every encoded URL so a later format can
 * migrate old links. Defaults are omitted, so the plain address is the default view.
 *
 * Version 2 added `deal` (deal types) and the project statuses `completed` and `stalled`. A version-1 link is read
 * as it was meant: it has no `deal`, so every deal type is shown, and its statuses all still exist.
 */
export const URL_STATE_VERSION = 2;
const READABLE_VERSIONS = ['1', '2'];

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const KNOWN_PARAMS = [
  'v',
  'from',
  'to',
  'sector',
  'region',
  'status',
  'deal',
  'q',
  'panel',
  'theme',
  'project',
  'crossing',
] as const;

export interface DecodedUrl {
  view: ViewState;
  /** One human sentence per ignored or corrected parameter. */
  issues: string[];
}

function idList(raw: string, param: string, issues: string[]): string[] {
  const ids = raw.split(',').filter((s) => s !== '');
  const bad = ids.filter((id) => !ID_PATTERN.test(id));
  if (bad.length > 0)
    issues.push(
      `“${param}” has ${bad.length === 1 ? 'an invalid value' : 'invalid values'} (${bad.map(quote).join(', ')}); ${bad.length === 1 ? 'it was' : 'they were'} ignored.`,
    );
  return normaliseIds(ids.filter((id) => ID_PATTERN.test(id)));
}

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${shown}”`;
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

export function decodeViewState(search: string, max: string = CURRENT_MONTH): DecodedUrl {
  const issues: string[] = [];
  const params = new URLSearchParams(search);
  const view: ViewState = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, to: max } };
  const seen = new Set<string>();

  for (const [key, value] of params) {
    if (!isOneOf(KNOWN_PARAMS, key)) {
      issues.push(`Unknown parameter ${quote(key)} was ignored.`);
      continue;
    }
    if (seen.has(key)) {
      issues.push(`Parameter “${key}” appears more than once; the first value was used.`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'v':
        if (!READABLE_VERSIONS.includes(value))
          issues.push(`Link format version ${quote(value)} is not known; read as version ${URL_STATE_VERSION}.`);
        break;
      case 'from':
      case 'to': {
        if (!isMonthKey(value)) {
          issues.push(`“${key}” = ${quote(value)} is not a month (YYYY-MM); ignored.`);
          break;
        }
        let month = value;
        if (month < FIRST_MONTH || month > max) {
          month = month < FIRST_MONTH ? FIRST_MONTH : max;
          issues.push(`“${key}” = ${quote(value)} is outside ${FIRST_MONTH} … ${max}; ${month} was used.`);
        }
        view.filters = { ...view.filters, [key]: month };
        break;
      }
      case 'sector':
        view.filters = { ...view.filters, sectors: idList(value, key, issues) };
        break;
      case 'region':
        view.filters = { ...view.filters, regions: idList(value, key, issues) };
        break;
      case 'status': {
        const values = value.split(',').filter((s) => s !== '');
        const bad = values.filter((s) => !isOneOf(STATUS_OPTIONS, s));
        if (bad.length > 0)
          issues.push(
            `“status” has unknown ${bad.length === 1 ? 'value' : 'values'} ${bad.map(quote).join(', ')}; ignored.`,
          );
        view.filters = {
          ...view.filters,
          statuses: normaliseIds(values.filter((s): s is StatusOption => isOneOf(STATUS_OPTIONS, s))),
        };
        break;
      }
      case 'deal': {
        const values = value.split(',').filter((s) => s !== '');
        const bad = values.filter((s) => !isOneOf(DEAL_TYPES, s));
        if (bad.length > 0)
          issues.push(
            `“deal” has unknown ${bad.length === 1 ? 'value' : 'values'} ${bad.map(quote).join(', ')}; ignored (deal types are ${DEAL_TYPES.join(', ')}).`,
          );
        view.filters = {
          ...view.filters,
          dealTypes: normaliseIds(values.filter((s): s is DealType => isOneOf(DEAL_TYPES, s))),
        };
        break;
      }
      case 'q':
        if (value.length > SEARCH_MAX_LENGTH)
          issues.push(`“q” is longer than ${SEARCH_MAX_LENGTH} characters; it was shortened.`);
        view.filters = { ...view.filters, search: value.slice(0, SEARCH_MAX_LENGTH) };
        break;
      case 'panel':
        if (isOneOf(PANEL_IDS, value)) view.focusedPanel = value satisfies PanelId;
        else issues.push(`“panel” = ${quote(value)} is not a panel (${PANEL_IDS.join(', ')}); ignored.`);
        break;
      case 'theme':
        if (isOneOf(THEMES, value)) view.theme = value satisfies Theme;
        else issues.push(`“theme” = ${quote(value)} is not a theme (${THEMES.join(', ')}); ignored.`);
        break;
      case 'project':
      case 'crossing':
        if (ID_PATTERN.test(value)) view[key === 'project' ? 'selectedProjectId' : 'selectedCrossingId'] = value;
        else issues.push(`“${key}” = ${quote(value)} is not a valid id; ignored.`);
        break;
    }
  }
  if (view.filters.from > view.filters.to) {
    issues.push(`“from” (${view.filters.from}) is after “to” (${view.filters.to}); they were swapped.`);
    view.filters = { ...view.filters, from: view.filters.to, to: view.filters.from };
  }
  return { view, issues };
}

/** The query string (with a leading `?`, or '' for the default view) that reproduces `view`. */
export function encodeViewState(view: ViewState, max: string = CURRENT_MONTH): string {
  const params = new URLSearchParams();
  const { filters } = view;
  if (filters.from !== DEFAULT_VIEW.filters.from) params.set('from', filters.from);
  if (filters.to !== max) params.set('to', filters.to);
  if (filters.sectors.length) params.set('sector', normaliseIds(filters.sectors).join(','));
  if (filters.regions.length) params.set('region', normaliseIds(filters.regions).join(','));
  if (filters.statuses.length) params.set('status', normaliseIds(filters.statuses).join(','));
  if (filters.dealTypes.length) params.set('deal', normaliseIds(filters.dealTypes).join(','));
  if (filters.search) params.set('q', filters.search);
  if (view.focusedPanel) params.set('panel', view.focusedPanel);
  if (view.theme !== 'system') params.set('theme', view.theme);
  if (view.selectedProjectId) params.set('project', view.selectedProjectId);
  if (view.selectedCrossingId) params.set('crossing', view.selectedCrossingId);
  if ([...params.keys()].length === 0) return '';
  return `?v=${URL_STATE_VERSION}&${params.toString()}`;
}

/**
 * Parameters that change how the dashboard looks, not what it shows: the theme, and the panel shown full screen.
 * A chart's exported "View:" address and its embed snippet leave them out, so a reader opens the same data in their
 * own theme and layout (an embed would otherwise force a dark chart into a light page).
 */
export const DISPLAY_ONLY_PARAMS = ['theme', 'panel'] as const;

// A malformed escape (a hand-edited address) is compared as written rather than throwing.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * `search` without its display-only parameters ('' when only the version is left). The other parameters are kept
 * as written, not re-encoded, so the address matches the one in the address bar.
 */
export function withoutDisplayParams(search: string): string {
  const display: readonly string[] = DISPLAY_ONLY_PARAMS;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !display.includes(safeDecode(pair.split('=')[0] ?? '')));
  if (kept.every((pair) => pair.startsWith('v='))) return '';
  return `?${kept.join('&')}`;
}
