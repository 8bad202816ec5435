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

/** The key of the message an embed sends its parent page: `{ [key]: heightInPx, chart }` (embed-view.tsx). */
export const EMBED_HEIGHT_MESSAGE = 'bri-embed-height';

/**
 * Sizes each embed's iframe to the height its chart reports, as Datawrapper's snippet does: a chart is as tall as its
 * width needs (a phone's column makes it taller), so a fixed height would either scroll or leave a gap. It accepts a
 * number only, only from the window of one of these iframes, and caps it. A page that strips scripts keeps the
 * iframe at its fixed height, which scrolls.
 */
const RESIZE_SCRIPT =
  `<script>window.addEventListener("message",function(e){var h=e.data&&e.data["${EMBED_HEIGHT_MESSAGE}"];` +
  `if(typeof h!=="number"||!isFinite(h)||h<1)return;` +
  `document.querySelectorAll("iframe[data-bri-embed]").forEach(function(f){` +
  `if(f.contentWindow===e.source)f.style.height=Math.min(Math.ceil(h),6000)+"px"})});</script>`;

/** An iframe snippet for a CMS or a report page: the chart, its title and footer, a link back; the resize script. */
export function embedSnippet(place: Place, chartId: ChartId, title: string): string {
  const frame = `<iframe src="${escapeAttr(embedUrl(place, chartId))}" title="${escapeAttr(title)}" width="100%" height="560" loading="lazy" style="border:0" data-bri-embed></iframe>`;
  return `${frame}\n${RESIZE_SCRIPT}`;
}

/** The chart id an address asks to embed, or null. */
export function embedChartFromHash(hash: string): string | null {
  return hash.startsWith(EMBED_HASH_PREFIX) ? decodeURIComponent(hash.slice(EMBED_HASH_PREFIX.length)) : null;
}
