import { useMemo } from 'react';
import { CHART_IDS, CHART_PANEL, isChartId, type ChartId } from '@/domain/chart-ids';
import { PANEL_TITLES } from '@/domain/view-state';
import type { SavedView } from '@/store/saved-views';
import { decodeViewState } from '@/store/url-state';
import { LetterboxedSlide } from './slide-frame';

/** The dashboard view an embed comes from: the same address without the #embed= fragment. */
function dashboardAddress(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

function EmbeddedChart({ chart }: { chart: ChartId }) {
  // The embed shows the view its address names (the filters in the query), as the "Copy embed code" snippet made it.
  const saved = useMemo<SavedView>(() => {
    const panel = CHART_PANEL[chart];
    const name = panel ? PANEL_TITLES[panel] : 'China–Russia BRI: headline figures';
    return { id: 'embed', name, title: '', note: '', chart, view: decodeViewState(location.search).view };
  }, [chart]);
  return <LetterboxedSlide saved={saved} />;
}

/**
 * One chart alone, for an iframe in a report page or a CMS (the chart's "Copy embed code"): its title, takeaway, the
 * chart, the filters and the source line (the slide layout, which fits any frame without scrolling), and a link back
 * to the whole dashboard. An unknown chart id says so and links to the dashboard instead of showing a blank frame.
 */
export function EmbedView({ chart }: { chart: string }) {
  return (
    <main className="embed">
      {isChartId(chart) ? (
        <EmbeddedChart chart={chart} />
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
