import { useId, type ReactElement } from 'react';
import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { useRowLimit } from '@/components/row-limit/use-row-limit';
import type { DatasetRecord } from '@/data/schemas/registry';
import { MarkerSwatch } from './marker-shapes';
import { CATEGORY_STYLES, eventItemId, type PlacedEvent } from './payment-events';
import { SourceLinks } from './source-links';

interface Props {
  placed: readonly PlacedEvent[];
  sources: readonly DatasetRecord<'sources'>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The events of the window as a list of disclosure buttons: the keyboard and screen-reader route to each marker. */
export function EventList({ placed, sources, selectedId, onSelect }: Props): ReactElement {
  const headingId = useId();
  const rowLimit = useRowLimit(
    placed.length,
    selectedId === null ? -1 : placed.findIndex((p) => p.event.id === selectedId),
  );
  return (
    <div className="payments__events">
      <h3 id={headingId}>Payment events in the window</h3>
      {placed.length === 0 ? (
        <p className="muted">No payment events in this window.</p>
      ) : (
        <ol className="payments__event-list" aria-labelledby={headingId}>
          {placed.slice(0, rowLimit.limit).map(({ event, dateLabel }, i) => {
            const style = CATEGORY_STYLES[event.category];
            const open = event.id === selectedId;
            const detailId = `payment-event-${event.id}`;
            return (
              <li
                key={event.id}
                {...rowLimit.revealProps(i)}
                id={eventItemId(event.id)}
                className={open ? 'is-open' : undefined}
              >
                <button
                  type="button"
                  className="payments__event-button"
                  aria-expanded={open}
                  aria-controls={detailId}
                  onClick={() => onSelect(event.id)}
                >
                  <MarkerSwatch shape={style.shape} fill={style.color} ink={style.ink} letter={style.letter} />
                  <span>
                    <span className="payments__event-date">{dateLabel}</span> ·{' '}
                    <span className="visually-hidden">{style.label}:</span> {event.title}
                  </span>
                </button>
                {open && (
                  <div id={detailId} className="payments__event-detail">
                    <p>{event.detail}</p>
                    <dl>
                      <dt>Category</dt>
                      <dd>{style.label}</dd>
                      <dt>Actors</dt>
                      <dd>{event.actors.length > 0 ? event.actors.join(', ') : '—'}</dd>
                      <dt>Confidence</dt>
                      <dd>{event.confidence}</dd>
                    </dl>
                    <SourceLinks ids={event.sources} sources={sources} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <RowLimitNote rowLimit={rowLimit} total={placed.length} noun="event" listName="Payment events in the window" />
    </div>
  );
}
