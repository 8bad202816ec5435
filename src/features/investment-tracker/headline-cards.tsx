import { useState } from 'react';
import { ConfidenceBadge } from './confidence-badge';
import type { HeadlineItem, HeadlineView } from './headline-selectors';
import { SourceLinks } from './source-list';

function Card({ item }: { item: HeadlineItem }) {
  return (
    <li className="headline__item">
      <p className="headline__amount">
        {item.amount ?? 'no value stated'}
        {item.projects && <span> in {item.projects}</span>}
        <ConfidenceBadge confidence={item.confidence} />
      </p>
      {item.conversion && (
        <p className="headline__conversion">
          {item.conversion} <span className="badge badge--derived">converted</span>
        </p>
      )}
      <p className="headline__meta">
        <strong>{item.kind}:</strong> {item.label}
      </p>
      <p className="headline__meta">
        {item.date} · {item.speaker ?? 'speaker not given'} · {item.scope}
      </p>
      {item.note && <p className="invest__note">{item.note}</p>}
      <p className="headline__meta">
        Source: <SourceLinks sources={item.sources} />
      </p>
    </li>
  );
}

/** The newest statements are shown first; older ones on request, so the panel stays readable on one screen. */
const FIRST_SHOWN = 2;

function Column({ title, items }: { title: string; items: readonly HeadlineItem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_SHOWN);
  return (
    <div className="headline__column">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="invest__note">No statement in this time window.</p>
      ) : (
        <ul className="headline__list" aria-label={`${title} statements`}>
          {shown.map((item) => (
            <Card key={item.id} item={item} />
          ))}
        </ul>
      )}
      {items.length > FIRST_SHOWN && (
        <button type="button" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? 'Show the newest only' : `Show all ${items.length} ${title.toLowerCase()} statements`}
        </button>
      )}
    </div>
  );
}

/** Pledged vs realised, side by side, each statement with its date, speaker, scope and source. */
export function HeadlineCards({ view }: { view: HeadlineView }) {
  return (
    <div className="invest__grid2">
      <Column title="Pledged, planned and portfolio" items={view.pledged} />
      <Column title="Realised" items={view.realised} />
    </div>
  );
}
