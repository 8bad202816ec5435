import type { KeyboardEvent, RefObject } from 'react';
import { Rectangle, type BarShapeProps } from 'recharts';
import { OKABE_ITO } from '@/lib/colors';
import { pluralise } from '@/lib/format';
import type { BarDatum } from './breakdown-selectors';
import { OTHER_ID } from './value-selectors';

interface BarButtonProps {
  bar: BarShapeProps;
  noun: string;
  onToggle: (id: string) => void;
  /** The id of the bar that had focus when it was toggled: recharts remounts bars on new data, so focus is restored. */
  focusIdRef: RefObject<string | null>;
}

/**
 * One bar as a toggle button inside the SVG: focusable, operable with Enter/Space or a click anywhere on its row, and
 * announced with its label, count and pressed state. Selected bars are orange with a black outline, the rest blue,
 * so the state never depends on colour alone (aria-pressed and the outline carry it too).
 */
export function BarButton({ bar, noun, onToggle, focusIdRef }: BarButtonProps) {
  const datum = bar.payload as BarDatum | undefined;
  if (!datum) return null;
  // "Other" gathers several groups: it is no filter value, so it is drawn, not offered as a button.
  if (datum.id === OTHER_ID) return <Rectangle {...bar} fill={OKABE_ITO.grey} />;
  const toggle = () => {
    focusIdRef.current = datum.id;
    onToggle(datum.id);
    // Only right after the toggle: a later redraw must not pull focus back to this bar.
    setTimeout(() => {
      if (focusIdRef.current === datum.id) focusIdRef.current = null;
    }, 1000);
  };
  const restoreFocus = (el: SVGGElement | null) => {
    const active = el?.ownerDocument.activeElement;
    // Take focus back only when it was lost with the old bar (it fell to <body>), never from another control.
    if (el && focusIdRef.current === datum.id && (!active || active === el.ownerDocument.body)) {
      el.focus();
      focusIdRef.current = null;
    }
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle();
    }
  };
  const row = bar.parentViewBox;
  return (
    <g
      ref={restoreFocus}
      role="button"
      tabIndex={0}
      className="bar-button"
      aria-pressed={datum.selected}
      aria-label={`${datum.label}: ${pluralise(datum.count, 'project')} (${noun} filter)`}
      onClick={toggle}
      onKeyDown={onKeyDown}
    >
      {/* The whole row is the hit area, so a sector with 0 projects left can still be clicked off. */}
      <rect className="bar-button__hit" x={row.x} y={bar.y} width={row.width} height={bar.height} fill="transparent" />
      <Rectangle
        {...bar}
        fill={datum.selected ? OKABE_ITO.orange : OKABE_ITO.blue}
        stroke={datum.selected ? OKABE_ITO.black : 'none'}
        strokeWidth={datum.selected ? 2 : 0}
      />
    </g>
  );
}
