import { Bar, CartesianGrid, Cell, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '@/components/chart-box/chart-box';
import { OKABE_ITO } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { Swatch } from './chart-patterns';
import type { SupplierBar } from './supplier-selectors';

const MODE_COLORS: Record<SupplierBar['mode'], string> = { pipeline: OKABE_ITO.blue, lng: OKABE_ITO.skyBlue };

/** One measure, one unit, one axis: bars by supplier, coloured by pipeline or LNG. */
export function SupplierChart({ bars, unit, axisLabel }: { bars: SupplierBar[]; unit: string; axisLabel: string }) {
  const height = Math.max(140, bars.length * 30 + 50);
  return (
    <figure className="gas-figure">
      <ChartBox height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 24, left: 8, bottom: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={{ fill: 'currentColor', fontSize: 12 }}
            label={{ value: axisLabel, position: 'insideBottom', offset: -8, fill: 'currentColor' }}
          />
          <YAxis type="category" dataKey="label" width={190} tick={{ fill: 'currentColor', fontSize: 12 }} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? `${formatNumber(v, 3)} ${unit}` : String(v))} />
          <Bar dataKey="value" name={axisLabel} isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.id} fill={MODE_COLORS[b.mode]} stroke="currentColor" strokeWidth={0.5} />
            ))}
          </Bar>
        </BarChart>
      </ChartBox>
      <ul className="gas-legend" aria-label="Import sources legend">
        <li>
          <Swatch fill={MODE_COLORS.pipeline} /> pipeline
        </li>
        <li>
          <Swatch fill={MODE_COLORS.lng} /> LNG
        </li>
      </ul>
    </figure>
  );
}
