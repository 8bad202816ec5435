import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { useRowLimit } from '@/components/row-limit/use-row-limit';
import { pluralise } from '@/lib/format';
import type { PlaceView } from './place-view';

interface Props {
  places: readonly PlaceView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The keyboard route to every place on the map. Each button is named by the place alone; kind, status and precision
 * sit beside it as text. Long lists draw their first rows and offer the rest, like every list here; a place picked
 * on the map is always drawn.
 */
export function PlaceList({ places, selectedId, onSelect }: Props) {
  const rowLimit = useRowLimit(places.length, selectedId === null ? -1 : places.findIndex((p) => p.id === selectedId));
  return (
    <nav className="border-list" aria-label="Places on the map">
      <p className="border-list__title">All {pluralise(places.length, 'place')} in this selection</p>
      <ul>
        {places.slice(0, rowLimit.limit).map((p, i) => (
          <li key={p.id} {...rowLimit.revealProps(i)}>
            <button type="button" aria-pressed={p.id === selectedId} onClick={() => onSelect(p.id)}>
              {p.name.en}
            </button>{' '}
            <span className="border-list__meta">
              {p.kindLabel}, {p.statusLabel.toLowerCase()}
              {p.location === null
                ? ' — location not sourced'
                : p.location.approximate
                  ? ' — approximate location'
                  : ''}
            </span>
          </li>
        ))}
      </ul>
      <RowLimitNote rowLimit={rowLimit} total={places.length} noun="place" listName="Places on the map" />
    </nav>
  );
}
