import { formatNumber, pluralise } from '@/lib/format';
import { FIRST_ROWS, type RowLimit } from './use-row-limit';

interface RowLimitNoteProps {
  rowLimit: RowLimit;
  total: number;
  /** What a row is, singular ("project", "row"). */
  noun: string;
  /** Names the list in the button, for screen readers that list buttons out of context. */
  listName: string;
}

/** Says how many rows are drawn and offers the rest; nothing when every row fits under the limit. */
export function RowLimitNote({ rowLimit, total, noun, listName }: RowLimitNoteProps) {
  if (total <= FIRST_ROWS) return null;
  const shown = Math.min(rowLimit.limit, total);
  const action = rowLimit.all ? `Show the first ${FIRST_ROWS} only` : `Show all ${formatNumber(total, 0)}`;
  return (
    <p className="row-limit">
      {shown < total
        ? `Showing the first ${formatNumber(shown, 0)} of ${pluralise(total, noun)}. `
        : `Showing all ${pluralise(total, noun)}. `}
      <button
        type="button"
        aria-expanded={rowLimit.all}
        aria-label={`${action}: ${listName}`}
        onClick={rowLimit.toggle}
      >
        {action}
      </button>
    </p>
  );
}
