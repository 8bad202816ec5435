import { FILTER_TAGS, FILTER_TAG_LABELS, PANEL_FILTERS, idleFilters } from '@/domain/panel-filters';
import type { PanelId } from '@/domain/view-state';
import { useFilters } from '@/store/hooks';

/**
 * Which shared filters act on this card, as small tags (a part-only filter says which part), and any filter the
 * reader has set that does nothing here, struck out, so a Sector choice on the gas card is not mistaken for a result.
 */
export function FilterTags({ panel, title }: { panel: PanelId; title: string }) {
  const filters = useFilters();
  const uses = PANEL_FILTERS[panel];
  const idle = idleFilters(panel, filters);
  return (
    <ul className="card__tags" aria-label={`Filters acting on ${title}`}>
      {FILTER_TAGS.map((tag) => {
        const use = uses[tag];
        if (use === undefined) return null;
        return (
          <li key={tag} className="card__tag">
            {FILTER_TAG_LABELS[tag]}
            {use !== true && <span className="card__tag-part"> ({use})</span>}
          </li>
        );
      })}
      {idle.map((tag) => (
        <li key={tag} className="card__tag card__tag--idle">
          {FILTER_TAG_LABELS[tag]}: not used here
        </li>
      ))}
    </ul>
  );
}
