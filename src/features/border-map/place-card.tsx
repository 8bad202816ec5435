import type { Names } from '@/data/schemas/common';
import type { PlaceView } from './place-view';

interface Props {
  place: PlaceView;
  activeRegions: readonly string[];
  onToggleRegion: (id: string) => void;
  onClose: () => void;
}

const missing = <span className="missing">not sourced</span>;

function names(n: Names | null): string {
  if (!n) return '—';
  return [n.en, n.ru, n.zh].filter(Boolean).join(' / ');
}

/** The side card for the selected place: every field from the record, missing ones said as missing, and its sources. */
export function PlaceCard({ place, activeRegions, onToggleRegion, onClose }: Props) {
  const headingId = `border-card-${place.id}`;
  return (
    <article className="border-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{place.name.en}</h3>
      <dl className="border-card__fields">
        <dt>Russian name</dt>
        <dd lang="ru">{place.name.ru ?? missing}</dd>
        <dt>Chinese name</dt>
        <dd lang="zh">{place.name.zh ?? missing}</dd>
        <dt>Counterpart</dt>
        <dd>{place.counterpart ? names(place.counterpart) : '—'}</dd>
        <dt>Type</dt>
        <dd>
          {place.kindLabel}
          {place.modes.length > 0 && ` (${place.modesLabel})`}
        </dd>
        <dt>Opened</dt>
        <dd>
          {place.opened ?? missing}
          {place.openedNote && ` — ${place.openedNote}`}
        </dd>
        <dt>Status</dt>
        <dd>{place.statusLabel}</dd>
        <dt>Throughput</dt>
        <dd>{place.throughput ?? missing}</dd>
        <dt>Location</dt>
        <dd>
          {place.location ? (
            <>
              {place.location.lat}, {place.location.lon}
              {place.location.approximate ? ' (approximate)' : ' (from a source)'}
              {place.location.note && ` — ${place.location.note}`}
            </>
          ) : (
            <span className="missing">location not sourced</span>
          )}
        </dd>
      </dl>
      {place.note && <p className="border-card__note">{place.note}</p>}
      {place.claim && (
        <p className="border-card__note">
          Seed article: {place.claim.wording} Shown here: {place.claim.correction}
        </p>
      )}
      <div className="border-card__regions" role="group" aria-label="Region filter">
        {place.regions.map((r) => (
          <button
            key={r.id}
            type="button"
            aria-pressed={activeRegions.includes(r.id)}
            onClick={() => onToggleRegion(r.id)}
          >
            Filter to this region: {r.label}
          </button>
        ))}
      </div>
      <p className="border-card__sources-title">Sources</p>
      {place.sources.length === 0 ? (
        <p className="missing">No source cited for this place.</p>
      ) : (
        <ul className="border-card__sources">
          {place.sources.map((s) => (
            <li key={s.id}>
              {s.href ? (
                <a href={s.href} target="_blank" rel="noopener noreferrer">
                  {s.label}
                </a>
              ) : (
                s.label
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Close details
      </button>
    </article>
  );
}
