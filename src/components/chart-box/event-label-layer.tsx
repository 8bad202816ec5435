import { useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { EVENT_ROW_GAP as ROW_GAP } from './event-band';
import { placeEventLabels, type EventGroup } from './event-label-placement';

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
 * number, with its label beside it where the label fits (placeEventLabels); events at one place share a label
 * ("5–7"). The chart's notes list carries every event in full. Rendered as a child of a recharts chart.
 */
export function EventLabelLayer({ events, rows, color, fontSize = 11 }: Props) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const placed = useMemo(() => {
    if (!scale || !plot) return [];
    const groups = new Map<string, EventGroup & { texts: string[] }>();
    for (const e of events) {
      const x = scale(e.at, { position: 'middle' });
      if (x === undefined) continue;
      const key = String(e.at);
      const g = groups.get(key) ?? { key, x, numbers: [], text: null, texts: [] };
      groups.set(key, { ...g, numbers: [...g.numbers, e.number], texts: [...g.texts, e.text] });
    }
    const requests = [...groups.values()].map((g) => ({
      ...g,
      text: g.texts.length === 1 ? (g.texts[0] ?? null) : null,
    }));
    const labels = placeEventLabels(requests, { min: 0, max: plot.x + plot.width + 12, rows, fontSize });
    return requests.map((g) => ({ x: g.x, label: labels.find((l) => l.key === g.key) }));
  }, [scale, plot, events, rows, fontSize]);
  if (!plot) return null;
  return (
    <g className="event-labels">
      {placed.map(({ x, label }) => {
        if (!label) return null;
        const y = plot.y - 6 - label.row * (fontSize + ROW_GAP);
        const [number, ...text] = label.label.split(' ');
        return (
          <g key={label.key}>
            <line
              x1={x}
              x2={x}
              y1={y + 2}
              y2={plot.y + plot.height}
              stroke={color}
              strokeDasharray="3 3"
              strokeOpacity={0.8}
            />
            {label.drawn && (
              <text x={label.left} y={y} fontSize={fontSize} fill="currentColor">
                <tspan fontWeight={700}>{label.full ? number : label.label}</tspan>
                {label.full ? ` ${text.join(' ')}` : ''}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
