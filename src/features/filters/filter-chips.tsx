import { useLayoutEffect, useRef } from 'react';
import { optionLabel, type MultiFilter } from './filter-definitions';

/**
 * Each chosen value as a chip with its own remove button ("Remove Mining"). After a removal the focus moves to the
 * chip that took its place (or the one before it), else to `fallbackFocus`, so a keyboard user is never dropped to
 * the top of the page.
 */
export function FilterChips({ filters, fallbackFocus }: { filters: MultiFilter[]; fallbackFocus: () => void }) {
  const listRef = useRef<HTMLUListElement>(null);
  // Set by a removal; read after the render that removed the chip.
  const focusIndex = useRef<number | null>(null);
  const chips = filters.flatMap((filter) =>
    filter.selected.map((value) => ({ filter, value, label: optionLabel(filter, value) })),
  );

  useLayoutEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else fallbackFocus();
  });

  if (chips.length === 0) return null;
  return (
    <ul ref={listRef} className="filter-chips" aria-label="Chosen filters">
      {chips.map(({ filter, value, label }, index) => (
        <li key={`${filter.id}:${value}`} className="filter-chip">
          <span className="filter-chip__kind">{filter.label}:</span> {label}
          <button
            type="button"
            className="filter-chip__remove"
            aria-label={`Remove ${label}`}
            onClick={() => {
              filter.onChange(filter.selected.filter((v) => v !== value));
              focusIndex.current = index;
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
