import { useId, useMemo } from 'react';
import { CREDIT_LINE } from '@/components/chart-box/published-caption';
import { AllSources } from '@/components/chart-box/embed-footer';
import { describeFilters } from '@/domain/describe-filters';
import { resolveSources } from '@/domain/sources';
import { DrawNowContext } from '@/lib/use-near-viewport';
import { useDataset, useFilterLabels } from '@/store/hooks';
import type { SavedView } from '@/store/saved-views';
import { SlideContent } from './slide-content';
import type { SlideText } from './slide-panels';

/** Every source behind the card, one click away with its link, as under an embedded chart. */
function EmbedCardSources({ text, title }: { text: SlideText; title: string }) {
  const sources = useDataset('sources');
  const refs = useMemo(() => resolveSources(text.sourceIds, sources?.records), [text.sourceIds, sources]);
  return <AllSources refs={refs} title={title} />;
}

/**
 * The overview strip or the map embedded as a published card at the iframe's width: the panel's name, its takeaway,
 * the figure as the dashboard draws it (not a 16:9 slide, which a phone's column shrank to a strip of unreadable type
 * between two blank bands), the filters, the complete source line and every source. It is as tall as its content,
 * which the embed reports to the snippet, as a chart figure does. The figure is inert: an embed has no controls.
 */
export function EmbedCard({ saved }: { saved: SavedView }) {
  const labels = useFilterLabels();
  const kickerId = useId();
  return (
    <SlideContent
      saved={saved}
      render={({ chart, text }) => (
        <article className="embed-figure embed-card" aria-labelledby={kickerId} data-chart={saved.chart}>
          <h1 id={kickerId} className="embed-figure__kicker">
            {saved.name}
          </h1>
          {chart && text ? (
            <>
              <h2 className="embed-card__title">{text.takeaway}</h2>
              <div className="embed-card__figure" inert>
                <DrawNowContext.Provider value={true}>{chart}</DrawNowContext.Provider>
              </div>
              <footer className="embed-footer">
                <p>{describeFilters(saved.view.filters, labels)}</p>
                <p className="embed-footer__sources">{text.sourceLine}</p>
                <EmbedCardSources text={text} title={saved.name} />
                <p className="embed-footer__credit">{CREDIT_LINE}</p>
              </footer>
            </>
          ) : (
            <p role="status">Loading the data…</p>
          )}
        </article>
      )}
    />
  );
}
