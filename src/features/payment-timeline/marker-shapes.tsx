import type { ReactElement } from 'react';
import type { MarkerShape } from './payment-events';

interface ShapeProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  /** Half the marker's width. */
  r: number;
  fill: string;
  stroke: string;
  strokeWidth?: number;
}

/** The outline of an event marker; the shape repeats the category's meaning for readers who cannot tell the colours apart. */
export function MarkerOutline({ shape, cx, cy, r, fill, stroke, strokeWidth = 1 }: ShapeProps): ReactElement {
  const common = { fill, stroke, strokeWidth };
  switch (shape) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r * 1.25} ${cx + r * 1.25},${cy} ${cx},${cy + r * 1.25} ${cx - r * 1.25},${cy}`}
          {...common}
        />
      );
    case 'triangle':
      return (
        <polygon points={`${cx},${cy - r * 1.2} ${cx + r * 1.25},${cy + r} ${cx - r * 1.25},${cy + r}`} {...common} />
      );
    case 'hexagon':
      return <polygon points={hexagon(cx, cy, r * 1.1)} {...common} />;
  }
}

function hexagon(cx: number, cy: number, r: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i;
    return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
}

/** A small SVG swatch of a marker, for legends and the event list. */
export function MarkerSwatch({
  shape,
  fill,
  ink,
  letter,
}: {
  shape: MarkerShape;
  fill: string;
  ink: string;
  letter: string;
}): ReactElement {
  return (
    <svg className="payments__swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
      <MarkerOutline shape={shape} cx={11} cy={11} r={8} fill={fill} stroke="#000000" />
      <text
        x={11}
        y={11}
        dy="0.35em"
        textAnchor="middle"
        fontSize={letter.length > 1 ? 8 : 10}
        fontWeight={700}
        fill={ink}
      >
        {letter}
      </text>
    </svg>
  );
}
