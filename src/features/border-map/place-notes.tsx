import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { useRowLimit } from '@/components/row-limit/use-row-limit';
import type { PlaceView } from './place-view';

/** Why the non-crossing places are on the map (the Tumen chokepoint, the zones, the 1959 bridge …), from their notes. */
export function PlaceNotes({ places }: { places: readonly PlaceView[] }) {
  const annotated = places.filter((p) => p.annotation);
  const rowLimit = useRowLimit(annotated.length);
  if (annotated.length === 0) return null;
  return (
    <details className="border-notes">
      <summary className="border-notes__title">
        Notes on {annotated.length} places that are not crossings (zones, islands, the Tumen chokepoint …)
      </summary>
      <ul>
        {annotated.slice(0, rowLimit.limit).map((p, i) => (
          <li key={p.id} {...rowLimit.revealProps(i)}>
            <strong>{p.name.en}</strong> ({p.kindLabel.toLowerCase()}
            {p.location === null ? ', location not sourced' : ''}): {p.annotation}
          </li>
        ))}
      </ul>
      <RowLimitNote
        rowLimit={rowLimit}
        total={annotated.length}
        noun="note"
        listName="Notes on places that are not crossings"
      />
    </details>
  );
}
