import type { ChartId } from '@/domain/chart-ids';
import { withoutDisplayParams } from '@/store/url-state';

/** The embed route lives in the address's fragment, which the URL-state sync keeps (filters stay in the query). */
export const EMBED_HASH_PREFIX = '#embed=';

type Place = Pick<Location, 'origin' | 'pathname' | 'search'>;

/**
 * The address of this chart alone (embed) or of the dashboard view it comes from, with the view's filters but not
 * its display-only parameters (theme, full-screen panel): those are the exporter's taste, not part of the view.
 */
export function embedUrl(place: Place, chartId: ChartId, embed = true): string {
  const base = `${place.origin}${place.pathname}${withoutDisplayParams(place.search)}`;
  return embed ? `${base}${EMBED_HASH_PREFIX}${chartId}` : base;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe snippet for a CMS or a report page: the chart, its title and footer, a link back. */
export function embedSnippet(place: Place, chartId: ChartId, title: string): string {
  return `<iframe src="${escapeAttr(embedUrl(place, chartId))}" title="${escapeAttr(title)}" width="100%" height="560" loading="lazy" style="border:0"></iframe>`;
}

/** The chart id an address asks to embed, or null. */
export function embedChartFromHash(hash: string): string | null {
  return hash.startsWith(EMBED_HASH_PREFIX) ? decodeURIComponent(hash.slice(EMBED_HASH_PREFIX.length)) : null;
}
