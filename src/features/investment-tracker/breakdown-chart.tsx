import { useCallback } from 'react';
import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { OKABE_ITO } from '@/lib/colors';
import { pluralise } from '@/lib/format';
import type { BarDatum } from './breakdown-selectors';

interface BreakdownChartProps {
  /** "sector" or "region": used in the accessible names of the toggle buttons. */
  noun: string;
  bars: readonly BarDatum[];
  onToggle: (id: string) => void;
}

const ROW_HEIGHT = 26;
const TICK = { fill: 'currentColor', fontSize: 12 };

/** Selected bars are filled orange with a black outline; the rest blue (colour is never the only cue: see buttons). */
function BarShape(props: BarShapeProps) {
  const selected = (props.payload as BarDatum | undefined)?.selected === true;
  return <Rectangle {...props} fill={selected ? OKABE_ITO.orange : OKABE_ITO.blue} stroke={selected ? OKABE_ITO.black : 'none'} strokeWidth={selected ? 2 : 0} />;
}

/**
 * Projects per category as horizontal bars. Clicking a bar toggles that category in the shared filters; the list of
 * buttons under the chart does the same from the keyboard and says which are selected (aria-pressed).
 */
export function BreakdownChart({ noun, bars, onToggle }: BreakdownChartProps) {
  const onBarClick = useCallback((item: { payload?: unknown }) => {
    const id = (item.payload as BarDatum | undefined)?.id;
    if (id) onToggle(id);
  }, [onToggle]);
  const height = Math.max(120, bars.length * ROW_HEIGHT + 40);

  return (
    <>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={bars as BarDatum[]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={TICK} />
            <YAxis type="category" dataKey="label" width={150} tick={TICK} interval={0} />
            <Tooltip cursor={{ fillOpacity: 0.15 }} />
            <Bar dataKey="count" name="Projects" isAnimationActive={false} shape={BarShape} onClick={onBarClick} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="toggle-list" aria-label={`Filter by ${noun}`}>
        {bars.map((b) => (
          <li key={b.id}>
            <button type="button" aria-pressed={b.selected} onClick={() => onToggle(b.id)}>
              {b.label} ({pluralise(b.count, 'project')})
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
