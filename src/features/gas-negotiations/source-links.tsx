import { useId, useState } from 'react';
import { SourceLink as Link } from '@/components/source-links/source-link';
import { publisherLabel } from '@/domain/sources';
import type { SourceLink } from './timeline-selectors';

/** An event's sources on demand: a disclosure button, then links that open in a new tab without access to this page. */
export function SourceLinks({ subject, sources }: { subject: string; sources: SourceLink[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="gas-sources">
      {/* The name carries the event title, so each button is unique; it starts with the visible text. */}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Sources (${sources.length}) for ${subject}`}
        onClick={() => setOpen((v) => !v)}
      >
        Sources ({sources.length})
      </button>
      {open && (
        <ul id={listId}>
          {sources.map((s) => (
            <li key={s.id}>
              <Link source={s}>{s.href ? s.title : `${s.title} (no link)`}</Link>
              {[s.publisher, s.date].filter(Boolean).length > 0 && (
                <span className="muted">
                  {' '}
                  — {[s.publisher ? publisherLabel(s) : null, s.date].filter(Boolean).join(', ')}
                </span>
              )}
              {s.note && <span className="muted"> ({s.note})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
