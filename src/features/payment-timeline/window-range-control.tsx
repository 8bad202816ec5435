import { useId, type ReactElement } from 'react';
import type { MonthPoint } from './trade-series';

interface Props {
  axis: readonly MonthPoint[];
  window: { start: number; end: number };
  onChange: (start: number, end: number) => void;
}

/**
 * The keyboard way to set the time window (the brush is a mouse control): two labelled sliders over the months of
 * the trade axis, plus a button for the whole series.
 */
export function WindowRangeControl({ axis, window, onChange }: Props): ReactElement {
  const hintId = useId();
  const last = axis.length - 1;
  const label = (i: number): string => axis[i]?.label ?? '';
  return (
    <fieldset className="payments__range">
      <legend>Time window on the trade axis</legend>
      <p id={hintId} className="field__hint">
        Sets the dashboard&apos;s From and To for every panel. Arrow keys move one month; Page Up/Down move faster.
      </p>
      <RangeField
        label="Window start"
        value={window.start}
        max={last}
        valueText={label(window.start)}
        hintId={hintId}
        onChange={(v) => onChange(Math.min(v, window.end), window.end)}
      />
      <RangeField
        label="Window end"
        value={window.end}
        max={last}
        valueText={label(window.end)}
        hintId={hintId}
        onChange={(v) => onChange(window.start, Math.max(v, window.start))}
      />
      <button type="button" onClick={() => onChange(0, last)} disabled={window.start === 0 && window.end === last}>
        Whole trade series
      </button>
    </fieldset>
  );
}

interface FieldProps {
  label: string;
  value: number;
  max: number;
  valueText: string;
  hintId: string;
  onChange: (value: number) => void;
}

function RangeField({ label, value, max, valueText, hintId, onChange }: FieldProps): ReactElement {
  const id = useId();
  return (
    <div className="payments__range-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={max}
        step={1}
        value={value}
        aria-valuetext={valueText}
        aria-describedby={hintId}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{valueText}</output>
    </div>
  );
}
