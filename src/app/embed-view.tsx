import { useEffect, useId, useMemo, useRef } from 'react';
import { EmbedContext } from '@/components/chart-box/embed-context';
import { EMBED_HEIGHT_MESSAGE } from '@/components/chart-box/embed-link';
import { CHART_IDS, CHART_PANEL, isChartId, type ChartId } from '@/domain/chart-ids';
import { PANEL_TITLES } from '@/domain/view-state';
import { DrawNowContext } from '@/lib/use-near-viewport';
import type { SavedView } from '@/store/saved-views';
import { decodeViewState } from '@/store/url-state';
import { EmbedCard } from './embed-card';
import { SlideContent } from './slide-content';
import './embed.css';

/** The dashboard view an embed comes from: the same address without the #embed= fragment. */
function dashboardAddress(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

/** The overview strip and the map are not chart figures: they embed as a card of their own (EmbedCard). */
const AS_CARD: ReadonlySet<ChartId> = new Set(['overview', 'border-map']);

/**
 * Tells the page holding the iframe how tall the embed is, as it changes (the data arriving, a disclosure opened), so
 * the snippet's listener can size the iframe to it: a chart is as tall as its width needs, as on a card, and never
 * scrolls inside a report page (Datawrapper's embeds do the same). Only a height is sent; nothing is received.
 */
function useReportHeight(ref: React.RefObject<HTMLElement | null>, chart: ChartId | null) {
  useEffect(() => {
    const el = ref.current;
    if (!el || !chart || window.parent === window) return;
    const observer = new ResizeObserver(() => {
      window.parent.postMessage({ [EMBED_HEIGHT_MESSAGE]: Math.ceil(el.getBoundingClientRect().height), chart }, '*');
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, chart]);
}

function EmbeddedChart({ chart }: { chart: ChartId }) {
  // The embed shows the view its address names (the filters in the query), as the "Copy embed code" snippet made it.
  const saved = useMemo<SavedView>(() => {
    const panel = CHART_PANEL[chart];
    const name = panel ? PANEL_TITLES[panel] : 'China–Russia BRI: headline figures';
    return { id: 'embed', name, title: '', note: '', chart, view: decodeViewState(location.search).view };
  }, [chart]);
  const kickerId = useId();
  if (AS_CARD.has(chart)) return <EmbedCard saved={saved} />;
  return (
    <SlideContent
      saved={saved}
      render={({ chart: figure }) => (
        <article className="embed-figure" aria-labelledby={kickerId}>
          <h1 id={kickerId} className="embed-figure__kicker">
            {saved.name}
          </h1>
          {figure ? (
            <DrawNowContext.Provider value={true}>
              <EmbedContext.Provider value={true}>{figure}</EmbedContext.Provider>
            </DrawNowContext.Provider>
          ) : (
            <p role="status">Loading the data…</p>
          )}
        </article>
      )}
    />
  );
}

/**
 * One chart alone, for an iframe in a report page or a CMS (the chart's "Copy embed code"): the published card (its
 * takeaway title, units and the filters, the chart at the frame's width, notes, every source, the data as a table)
 * and a link back to the whole dashboard. An unknown chart id says so and links to the dashboard instead of showing a
 * blank frame.
 */
export function EmbedView({ chart }: { chart: string }) {
  const known = isChartId(chart) ? chart : null;
  const ref = useRef<HTMLElement>(null);
  useReportHeight(ref, known);
  return (
    <main ref={ref} className={`embed${known ? ' embed--figure' : ''}`}>
      {known ? (
        <EmbeddedChart chart={known} />
      ) : (
        <p role="alert" className="embed__error">
          There is no chart “{chart}” to embed. Known charts: {CHART_IDS.join(', ')}.
        </p>
      )}
      <p className="embed__back">
        <a href={dashboardAddress()} target="_blank" rel="noopener noreferrer">
          Open this view in the China–Russia BRI dashboard
        </a>
      </p>
    </main>
  );
}
