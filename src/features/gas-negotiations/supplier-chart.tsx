import { useMemo } from 'react';
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { OKABE_ITO } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { barLabels } from './bar-labels';
import { supplierRows, supplierTitle } from './price-chart-rows';
import type { SupplierBar } from './supplier-selectors';

const MODE_COLORS: Record<SupplierBar['mode'], string> = { pipeline: OKABE_ITO.blue, lng: OKABE_ITO.skyBlue };

/** One measure, one unit: bars by supplier, coloured by pipeline or LNG, named and valued directly. */
export function SupplierChart({ bars, unit, axisLabel }: { bars: SupplierBar[]; unit: string; axisLabel: string }) {
  const height = Math.max(120, bars.length * 44 + 24);
  const rows = useMemo(() => supplierRows(bars, unit), [bars, unit]);
  const title = useMemo(() => supplierTitle(bars, axisLabel), [bars, axisLabel]);
  const labels = useMemo(
    () => bars.map((b) => ({ name: b.label, value: `${b.approximate ? '≈' : ''}${formatNumber(b.value, 3)}` })),
    [bars],
  );
  return (
    <ChartFigure
      chartId="gas-suppliers"
      dataFile="gas-suppliers"
      title={title}
      units={`${axisLabel} · dark blue: pipeline · light blue: LNG`}
      filters="window"
      height={height}
      rows={rows}
    >
      <BarChart data={bars} layout="vertical" margin={{ top: 18, right: 56, left: 4, bottom: 4 }} barCategoryGap={18}>
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="label" hide />
        <Tooltip formatter={(v) => (typeof v === 'number' ? `${formatNumber(v, 3)} ${unit}` : String(v))} />
        <Bar dataKey="value" name={axisLabel} isAnimationActive={false} maxBarSize={18}>
          {bars.map((b) => (
            <Cell key={b.id} fill={MODE_COLORS[b.mode]} stroke="currentColor" strokeWidth={0.5} />
          ))}
          <LabelList content={barLabels(labels)} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
