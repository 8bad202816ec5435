import { pluralise } from '@/lib/format';
import type { PlaceView } from './place-view';

/** The list is the keyboard route to every place; past this many rows, the filters narrow it. */
export const LIST_LIMIT = 200;

interface Props {
  places: readonly PlaceView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Each button is named by the place alone; kind, status and precision sit beside it as text. */
export function PlaceList({ places, selectedId, onSelect }: Props) {
  const shown = places.slice(0, LIST_LIMIT);
  return (
    <nav className="border-list" aria-label="Places on the map">
      <p className="border-list__title">All {pluralise(places.length, 'place')} in this selection</p>
      <ul>
        {shown.map((p) => (
          <li key={p.id}>
            <button type="button" aria-pressed={p.id === selectedId} onClick={() => onSelect(p.id)}>
              {p.name.en}
            </button>{' '}
            <span className="border-list__meta">
              {p.kindLabel}, {p.statusLabel.toLowerCase()}
              {p.location === null ? ' — location not sourced' : p.location.approximate ? ' — approximate location' : ''}
            </span>
          </li>
        ))}
      </ul>
      {places.length > shown.length && (
        <p>
          Showing the first {shown.length} of {places.length}; narrow the filters to reach the rest.
        </p>
      )}
    </nav>
  );
}
