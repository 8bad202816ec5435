import { useId } from 'react';
import { OKABE_ITO } from '@/lib/colors';
import { estimateTextWidth } from '@/lib/label-placement';
import { ROUTE_COLORS } from './chart-styles';
import {
  dash,
  DESIGN,
  LEGEND_LINE,
  LEGEND_SIZE,
  LEGEND_TEXT_X,
  legendLayout,
  PLACE_SIZE,
  NARROW_SKETCH,
  PLACES,
  type Place,
  SKETCH_MIN,
  SKETCH_PATHS,
} from './route-schematic-layout';
import type { SchematicRoute } from './route-selectors';

interface Props {
  /** The routes drawn (those with a place on the sketch), numbered in this order. */
  routes: readonly SchematicRoute[];
  width?: number;
  height?: number;
}

/**
 * The route sketch and its key as one SVG, so an export carries both: each route's line in its colour and dash
 * (solid: operating; long dashes: under construction; short dashes: memorandum or planned), its number at its start,
 * and a key row per number with its status and capacity.
 */
export function RouteSchematicSketch({ routes, width = 520, height = 360 }: Props) {
  const titleId = useId();
  const legend = legendLayout(routes, width);
  const sketchH = Math.max(SKETCH_MIN, height - legend.height);
  // A frame lower than the sketch's minimum plus its key (a slide's plot area) scales the drawing down to fit
  // rather than letting the key run past the SVG into the notes under it.
  const drawnH = Math.max(height, sketchH + legend.height);
  const sx = (width - 16) / DESIGN.width;
  const sy = (sketchH - 8) / DESIGN.height;
  const at = ([x, y]: [number, number]): [number, number] => [8 + x * sx, 4 + y * sy];
  const places = PLACES.map((p) => (width < NARROW_SKETCH && p.narrow ? p.narrow : p));
  const placeX = (p: Omit<Place, 'narrow'>) => {
    const w = estimateTextWidth(p.text, PLACE_SIZE);
    const [x] = at([p.x, 0]);
    const left = p.anchor === 'start' ? x : p.anchor === 'end' ? x - w : x - w / 2;
    const fitted = Math.max(2, Math.min(left, width - 2 - w));
    return fitted;
  };
  return (
    <svg
      data-chart-svg=""
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${drawnH}`}
      className="gas-schematic__svg"
    >
      <g role="img" aria-labelledby={titleId}>
        <title id={titleId}>
          Schematic of gas pipeline routes to China, not to scale:{' '}
          {routes.map((r) => `${r.name}, ${r.statusLabel}`).join('; ')}
        </title>
        <line
          x1={0}
          y1={at([0, 160])[1]}
          x2={width}
          y2={at([520, 150])[1]}
          stroke={OKABE_ITO.grey}
          strokeDasharray="1 4"
        />
        {places.map((p) => (
          <text
            key={p.text}
            x={placeX(p)}
            y={at([0, p.y])[1]}
            fontSize={PLACE_SIZE}
            fill="currentColor"
            fillOpacity={0.75}
          >
            {p.text}
          </text>
        ))}
        {routes.map((r, i) => {
          const points = (SKETCH_PATHS[r.id] ?? []).map(at);
          const start = points[0] ?? [0, 0];
          return (
            <g key={r.id}>
              <polyline
                points={points.map((p) => p.join(',')).join(' ')}
                fill="none"
                stroke={ROUTE_COLORS[r.id] ?? OKABE_ITO.grey}
                strokeWidth={4}
                strokeDasharray={dash(r.status)}
                strokeLinejoin="round"
              />
              <RouteNumber x={start[0]} y={start[1]} n={i + 1} />
            </g>
          );
        })}
      </g>
      <g role="list" aria-label="Routes on the schematic">
        {routes.map((r, i) => {
          const { lines, top: rowTop } = legend.rows[i]!;
          const top = sketchH + rowTop;
          const mid = top + LEGEND_LINE / 2 + 2;
          return (
            <g key={r.id} role="listitem">
              <RouteNumber x={10} y={mid} n={i + 1} />
              <line
                x1={24}
                x2={54}
                y1={mid}
                y2={mid}
                stroke={ROUTE_COLORS[r.id] ?? OKABE_ITO.grey}
                strokeWidth={4}
                strokeDasharray={dash(r.status)}
              />
              <text x={LEGEND_TEXT_X} y={top + LEGEND_SIZE + 2} fontSize={LEGEND_SIZE} fill="currentColor">
                {lines.map((t, j) => (
                  <tspan key={j} x={LEGEND_TEXT_X} dy={j === 0 ? 0 : LEGEND_LINE}>
                    {t}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** The route's number in a ring, on the route's first point and in the key. */
function RouteNumber({ x, y, n }: { x: number; y: number; n: number }) {
  return (
    <g aria-hidden="true">
      <circle cx={x} cy={y} r={8} fill="#fff" stroke="currentColor" />
      <text x={x} y={y + 3.5} textAnchor="middle" fontSize={10} fontWeight={700} fill="#16191d">
        {n}
      </text>
    </g>
  );
}
