import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { useRowLimit } from '@/components/row-limit/use-row-limit';
import { SourceLinks } from './source-links';
import type { TimelineItem } from './timeline-selectors';

/** A shape per status marker, so the marker is never told by colour alone (the label is always written too). */
const MARKER_SYMBOLS: Record<TimelineItem['marker'], string> = {
  contract: '●',
  agreement: '◆',
  'legally-binding-memorandum': '◐',
  mou: '○',
  'no-deal': '✕',
  report: '▷',
  milestone: '■',
};

export function NegotiationTimeline({ items }: { items: TimelineItem[] }) {
  const rowLimit = useRowLimit(items.length);
  if (items.length === 0) return <p className="gas-note">No negotiation events in the time window and search.</p>;
  return (
    <>
      <ol className="gas-timeline" aria-label="Negotiation events">
        {items.slice(0, rowLimit.limit).map((e, i) => (
          <li key={e.id} {...rowLimit.revealProps(i)} className={`gas-timeline__item gas-timeline__item--${e.marker}`}>
            <p className="gas-timeline__head">
              <time dateTime={e.date}>{e.dateLabel}</time>
              <span className={`gas-marker gas-marker--${e.marker}`}>
                <span aria-hidden="true">{MARKER_SYMBOLS[e.marker]} </span>
                {e.markerLabel}
              </span>
              {e.confidence !== 'confirmed' && (
                <span className="gas-marker gas-marker--confidence">{e.confidence}</span>
              )}
            </p>
            <p className="gas-timeline__title">{e.title}</p>
            <p className="gas-timeline__detail">{e.detail}</p>
            {e.actors.length > 0 && <p className="gas-timeline__actors">Who: {e.actors.join(', ')}</p>}
            {e.quote && (
              <blockquote className="gas-timeline__quote">
                <p>“{e.quote.text}”</p>
                <footer>— {e.quote.speaker}</footer>
              </blockquote>
            )}
            <SourceLinks subject={e.title} sources={e.sources} />
          </li>
        ))}
      </ol>
      <RowLimitNote rowLimit={rowLimit} total={items.length} noun="event" listName="Negotiation events" />
    </>
  );
}
