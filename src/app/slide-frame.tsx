import { useId, type CSSProperties } from 'react';
import { DrawNowContext } from '@/lib/use-near-viewport';
import { useFilterLabels } from '@/store/hooks';
import type { SavedView } from '@/store/saved-views';
import { describeFilters } from '@/domain/describe-filters';
import { SlideContent } from './slide-content';
import { SlideFit } from './slide-fit';
import { fitTypeSize } from '@/lib/fit-type';
import './slides.css';

export interface SlideProps {
  saved: SavedView;
  /** The slide on screen is the page's level-1 heading; a thumbnail's title is a lower heading in the deck list. */
  headingLevel?: 1 | 3;
  showFilters?: boolean;
}

/**
 * One 16:9 slide: the title, the takeaway, the chart as large as the frame allows, the filters and the source line.
 * Its text is sized in container units (slides.css), so the same slide is a thumbnail, a projector frame or a PDF
 * page; the chart is scaled whole to fill its box (SlideFit). The chart is inert: a slide has no controls.
 */
export function Slide({ saved, headingLevel = 1, showFilters = true }: SlideProps) {
  const labels = useFilterLabels();
  const titleId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h3';
  return (
    <SlideContent
      saved={saved}
      render={({ chart, text }) => (
        <article
          className="slide"
          aria-labelledby={titleId}
          data-chart={saved.chart}
          data-source-ids={text?.sourceIds.join(' ')}
        >
          <Heading id={titleId} className="slide__title">
            {saved.title || saved.name}
          </Heading>
          <p className="slide__takeaway">{text?.takeaway ?? ''}</p>
          <div className="slide__chart" inert data-slide-chart="">
            {chart ? (
              <DrawNowContext.Provider value={true}>
                <SlideFit>{chart}</SlideFit>
              </DrawNowContext.Provider>
            ) : (
              <p className="slide__empty">Loading the data…</p>
            )}
          </div>
          <footer className="slide__footer">
            {showFilters && <p className="slide__filters">{describeFilters(saved.view.filters, labels)}</p>}
            <SlideSource line={text?.sourceLine ?? ''} />
          </footer>
        </article>
      )}
    />
  );
}

/** The footer's width in cqh (92 cqw of a 16:9 frame) and the most of the frame's height the source line may take. */
const SOURCE_BOX_CQH = { width: 163.6, height: 12 };
/** Above this length the line runs in columns, so each line stays readable in the small type. */
const SOURCE_COLUMNS_FROM = 900;

/**
 * The complete source line (every publisher), its type sized to fit its share of the frame and set in columns when
 * long, so the chart keeps the rest; a short line keeps the footer's size (the cap in slides.css).
 */
function SlideSource({ line }: { line: string }) {
  const size = fitTypeSize(line.length, SOURCE_BOX_CQH.width, SOURCE_BOX_CQH.height);
  return (
    <p
      className={`slide__source${line.length > SOURCE_COLUMNS_FROM ? ' slide__source--columns' : ''}`}
      style={Number.isFinite(size) ? ({ '--source-size': `${size.toFixed(3)}cqh` } as CSSProperties) : undefined}
    >
      {line}
    </p>
  );
}

/** A slide letterboxed into whatever box holds it: the largest 16:9 frame that fits, centred, never scrolling. */
export function LetterboxedSlide(props: SlideProps & { projector?: boolean }) {
  const { projector, ...slide } = props;
  return (
    <div className="slide-stage">
      <div className={`slide-frame${projector ? ' slide-frame--projector' : ''}`}>
        <Slide {...slide} />
      </div>
    </div>
  );
}
