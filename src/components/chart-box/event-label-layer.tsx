import { useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { estimateTextWidth, placeLabels } from '@/lib/label-placement';
import { EVENT_ROW_GAP as ROW_GAP } from './event-band';

export interface EventMark {
  /** The x-axis value (a category or a month) the event sits on. */
  at: string | number;
  /** Its number in the chart's notes list. */
  number: number;
  text: string;
}

interface Props {
  events: readonly EventMark[];
  /** Rows of labels above the plot (the chart's top margin must hold them: see eventBandHeight). */
  rows: number;
  color: string;
  fontSize?: number;
}

/**
 * Key events drawn at their place on the x-axis: a dashed line through the plot, and above the plot the event's
 * number and label, placed without overprinting (placeLabels). A label that fits no row is folded to its number; the
 * chart's notes list carries every event in full. Rendered as a child of a recharts chart.
 */
export function EventLabelLayer({ events, rows, color, fontSize = 11 }: Props) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const placed = useMemo(() => {
    if (!scale || !plot) return [];
    const xs = events.flatMap((e) => {
      const x = scale(e.at, { position: 'middle' });
      return x === undefined ? [] : [{ e, x }];
    });
    const labels = placeLabels(
      xs.map(({ e, x }) => ({
        id: String(e.number),
        x: x - 2,
        width: estimateTextWidth(`${e.number} ${e.text}`, fontSize),
      })),
      { min: 0, max: plot.x + plot.width + 12, rows, markerWidth: estimateTextWidth(`${xs.length}`, fontSize) + 6 },
    );
    return xs.map(({ e, x }) => ({ e, x, label: labels.find((l) => l.id === String(e.number)) }));
  }, [scale, plot, events, rows, fontSize]);
  if (!plot) return null;
  return (
    <g className="event-labels">
      {placed.map(({ e, x, label }) => {
        const row = label?.row ?? 0;
        const y = plot.y - 6 - row * (fontSize + ROW_GAP);
        return (
          <g key={e.number}>
            <line
              x1={x}
              x2={x}
              y1={y + 2}
              y2={plot.y + plot.height}
              stroke={color}
              strokeDasharray="3 3"
              strokeOpacity={0.8}
            />
            {label?.drawn !== false && (
              <text x={label?.left ?? x} y={y} fontSize={fontSize} fill="currentColor">
                <tspan fontWeight={700}>{e.number}</tspan>
                {label?.note === null ? ` ${e.text}` : ''}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
