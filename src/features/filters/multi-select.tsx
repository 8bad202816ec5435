import { useId } from 'react';

interface Option {
  value: string;
  label: string;
}

interface MultiSelectProps {
  label: string;
  selected: readonly string[];
  groups: { label: string; options: Option[] }[];
  onChange: (values: string[]) => void;
}

/**
 * A native `<select multiple>`: keyboard-operable and announced correctly by every screen reader without extra code
 * (Ctrl/Shift/Space select several; on phones it opens the system picker).
 */
export function MultiSelect({ label, selected, groups, onChange }: MultiSelectProps) {
  const id = useId();
  const hintId = useId();
  const count = groups.reduce((n, g) => n + g.options.length, 0);
  return (
    <div className="field field--multi">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={4}
        value={[...selected]}
        aria-describedby={hintId}
        onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
      >
        {groups.map((g) =>
          groups.length > 1 ? (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
      <span id={hintId} className="field__hint">
        {selected.length ? `${selected.length} of ${count} selected` : 'All'}
      </span>
    </div>
  );
}
