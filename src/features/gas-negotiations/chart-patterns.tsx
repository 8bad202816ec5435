import { dotsId, hatchId } from './chart-styles';

/** SVG <defs> placed inside each chart, so an exported SVG keeps its patterns. */
export function ChartPatterns({ base, colors }: { base: string; colors: readonly string[] }) {
  return (
    <defs>
      {colors.map((c) => (
        <g key={c}>
          <pattern
            id={hatchId(base, c)}
            patternUnits="userSpaceOnUse"
            width={6}
            height={6}
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill={c} fillOpacity={0.2} />
            <line x1={0} y1={0} x2={0} y2={6} stroke={c} strokeWidth={3} />
          </pattern>
          <pattern id={dotsId(base, c)} patternUnits="userSpaceOnUse" width={5} height={5}>
            <rect width={5} height={5} fill={c} fillOpacity={0.25} />
            <circle cx={2.5} cy={2.5} r={1.3} fill={c} />
          </pattern>
        </g>
      ))}
    </defs>
  );
}
