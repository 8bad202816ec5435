import { useId } from 'react';
import { OKABE_ITO } from '@/lib/colors';
import { Swatch } from './chart-patterns';
import { ROUTE_COLORS } from './chart-styles';
import type { SchematicRoute } from './route-selectors';

/** Schematic geometry only (not to scale, not geographic): where each known route is drawn on the sketch. */
const PATHS: Record<string, string> = {
  'power-of-siberia-1': 'M250,40 L318,98 L336,170',
  'power-of-siberia-2': 'M70,60 L170,128 L262,196',
  'far-eastern-route': 'M446,46 L412,118 L350,176',
  'central-asia-china': 'M24,204 L112,196 L250,204',
  'central-asia-china-line-d': 'M24,224 L112,218 L250,218',
};

const PLACES: { x: number; y: number; text: string; anchor?: 'start' | 'middle' | 'end' }[] = [
  { x: 70, y: 50, text: 'West Siberia' },
  { x: 250, y: 30, text: 'East Siberia' },
  { x: 446, y: 36, text: 'Sakhalin', anchor: 'end' },
  { x: 170, y: 146, text: 'Mongolia', anchor: 'end' },
  { x: 394, y: 156, text: 'Dalnerechensk–Hulin', anchor: 'start' },
  { x: 14, y: 188, text: 'Turkmenistan', anchor: 'start' },
  { x: 300, y: 226, text: 'China' },
];

function dash(status: SchematicRoute['status']): string | undefined {
  if (status === 'operating') return undefined;
  return status === 'under-construction' ? '10 5' : '4 4';
}

export function RouteSchematic({ pipelines, lng }: { pipelines: SchematicRoute[]; lng: SchematicRoute[] }) {
  const titleId = useId();
  const drawn = pipelines.filter((r) => PATHS[r.id]);
  const notDrawn = pipelines.filter((r) => !PATHS[r.id]);
  return (
    <figure className="gas-figure gas-schematic">
      <svg viewBox="0 0 520 240" role="img" aria-labelledby={titleId} className="gas-schematic__svg">
        <title id={titleId}>
          Schematic of gas pipeline routes to China, not to scale:{' '}
          {drawn.map((r) => `${r.name}, ${r.statusLabel}`).join('; ')}
        </title>
        <line x1={0} y1={160} x2={520} y2={150} stroke={OKABE_ITO.grey} strokeDasharray="1 4" />
        <text x={30} y={172} textAnchor="start" className="gas-schematic__border">
          Russia / China border (schematic)
        </text>
        {PLACES.map((p) => (
          <text key={p.text} x={p.x} y={p.y} textAnchor={p.anchor ?? 'middle'} className="gas-schematic__place">
            {p.text}
          </text>
        ))}
        {drawn.map((r, i) => (
          <g key={r.id}>
            <path
              d={PATHS[r.id]}
              fill="none"
              stroke={ROUTE_COLORS[r.id] ?? OKABE_ITO.grey}
              strokeWidth={4}
              strokeDasharray={dash(r.status)}
              strokeLinejoin="round"
            />
            <RouteNumber path={PATHS[r.id] ?? ''} n={i + 1} />
          </g>
        ))}
      </svg>
      <figcaption>
        <strong>Schematic, not to scale.</strong> Solid: operating; long dashes: under construction; short dashes:
        memorandum or planned. Statuses and capacity steps are the latest sourced ones: the time window does not apply
        to this schematic (the flow chart above follows it).
      </figcaption>
      <ol className="gas-legend gas-legend--routes" aria-label="Routes on the schematic">
        {drawn.map((r) => (
          <li key={r.id}>
            <Swatch fill={ROUTE_COLORS[r.id] ?? OKABE_ITO.grey} line dashed={r.dashed} /> {r.name} — {r.statusLabel},{' '}
            {r.capacityText}
            {r.firstGas && r.status !== 'operating' ? `; first gas: ${r.firstGas}` : ''}
          </li>
        ))}
      </ol>
      {notDrawn.length > 0 && (
        <p className="gas-note">Not drawn: {notDrawn.map((r) => `${r.name} (${r.statusLabel})`).join('; ')}.</p>
      )}
      {lng.length > 0 && <p className="gas-note">LNG by ship (not drawn): {lng.map((r) => r.name).join('; ')}.</p>}
    </figure>
  );
}

/** The route's number at its first point, matching its place in the legend list. */
function RouteNumber({ path, n }: { path: string; n: number }) {
  const [x, y] = (path.match(/M(\d+),(\d+)/)?.slice(1) ?? ['0', '0']).map(Number) as [number, number];
  return (
    <g aria-hidden="true">
      <circle cx={x} cy={y} r={8} fill="var(--surface, #fff)" stroke="currentColor" />
      <text x={x} y={y + 4} textAnchor="middle" className="gas-schematic__number">
        {n}
      </text>
    </g>
  );
}
