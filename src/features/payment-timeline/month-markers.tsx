import type { ReactElement } from 'react';
import { OKABE_ITO } from '@/lib/colors';
import { MarkerOutline } from './marker-shapes';
import { CATEGORY_STYLES, type PlacedEvent } from './payment-events';
import { MARKER_R, MARKER_STEP } from './series-styles';

/** What recharts passes to a ReferenceLine `shape`: the line's end points in pixels. */
export interface LineShapeProps {
  x1?: number;
  y1?: number;
  y2?: number;
}

interface Props extends LineShapeProps {
  items: readonly PlacedEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** A month's event line with its markers stacked above the plot; a click opens the event in the list. */
export function MonthMarkers({ x1, y1, y2, items, selectedId, onSelect }: Props): ReactElement {
  if (typeof x1 !== 'number' || typeof y1 !== 'number' || typeof y2 !== 'number') return <g />;
  const top = Math.min(y1, y2);
  return (
    <g className="payments__event-month">
      <line
        x1={x1}
        x2={x1}
        y1={top - 4}
        y2={Math.max(y1, y2)}
        stroke={OKABE_ITO.grey}
        strokeWidth={1}
        strokeOpacity={0.6}
      />
      {items.map((p) => {
        const style = CATEGORY_STYLES[p.event.category];
        const cy = top - MARKER_R - 4 - p.stack * MARKER_STEP;
        const selected = p.event.id === selectedId;
        return (
          <g
            key={p.event.id}
            className="payments__event-marker"
            data-event-id={p.event.id}
            onClick={() => onSelect(p.event.id)}
          >
            <title>{`${p.dateLabel} · ${style.label}: ${p.event.title}`}</title>
            <MarkerOutline
              shape={style.shape}
              cx={x1}
              cy={cy}
              r={MARKER_R}
              fill={style.color}
              stroke={selected ? 'currentColor' : '#000000'}
              strokeWidth={selected ? 3 : 1}
            />
            <text
              x={x1}
              y={cy}
              dy="0.35em"
              textAnchor="middle"
              fontSize={style.letter.length > 1 ? 8 : 10}
              fontWeight={700}
              fill={style.ink}
              pointerEvents="none"
            >
              {style.letter}
            </text>
          </g>
        );
      })}
    </g>
  );
}
