import { LIST_LIMIT } from './place-list';
import type { PlaceView } from './place-view';

/** Why the non-crossing places are on the map (the Tumen chokepoint, the zones, the 1959 bridge …), from their notes. */
export function PlaceNotes({ places }: { places: readonly PlaceView[] }) {
  const annotated = places.filter((p) => p.annotation);
  if (annotated.length === 0) return null;
  return (
    <details className="border-notes">
      <summary className="border-notes__title">Notes on {annotated.length} places that are not crossings (zones, islands, the Tumen chokepoint …)</summary>
      <ul>
        {annotated.slice(0, LIST_LIMIT).map((p) => (
          <li key={p.id}>
            <strong>{p.name.en}</strong> ({p.kindLabel.toLowerCase()}
            {p.location === null ? ', location not sourced' : ''}): {p.annotation}
          </li>
        ))}
      </ul>
      {annotated.length > LIST_LIMIT && <p>Showing the first {LIST_LIMIT}; narrow the filters to read the rest.</p>}
    </details>
  );
}
