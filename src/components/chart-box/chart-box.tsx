import { cloneElement, useEffect, useRef, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useNearViewport } from '@/lib/use-near-viewport';
import { heightAt, type ChartHeight, type ChartKind } from './chart-height';

interface ChartBoxProps {
  /** The chart's height in px: the box holds it before the chart is drawn, so nothing moves when it is. */
  height: ChartHeight;
  kind?: ChartKind;
  /** One recharts chart (BarChart, ComposedChart …) or one self-drawn SVG chart, sized to the box's width. */
  children: ReactElement<{ width?: number; height?: number }>;
}

/** The box's width, followed as the page resizes (null until it is measured; 0 while hidden behind a closed tab). */
function useWidth(ref: React.RefObject<HTMLDivElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A chart, full width, drawn once its box is near the screen (and for printing and exports, see
 * use-near-viewport.ts). Long panels hold several charts; drawing only the ones on screen keeps the first load and
 * each filter change short. Until then the box is empty at the chart's height; the chart's text summary and data
 * table do not wait for it.
 */
export function ChartBox({ height, kind = 'recharts', children }: ChartBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const width = useWidth(ref);
  // Before the box is laid out, a width-dependent height is taken at a desktop card's width.
  const h = heightAt(height, width || 640);
  let chart: ReactElement | null = null;
  if (near && kind === 'recharts')
    chart = (
      <ResponsiveContainer width="100%" height={h}>
        {children}
      </ResponsiveContainer>
    );
  else if (near && width) chart = cloneElement(children, { width: Math.floor(width), height: h });
  // A self-drawn chart behind a closed tab (no width) is not waiting to be drawn: it draws when its tab opens, and an
  // export or print of the panel must not wait for it (it waited its two seconds' limit every time).
  const pending = !chart && !(near && width === 0);
  return (
    <div ref={ref} className="chart-box" style={{ height: h }} data-draw-pending={pending ? '' : undefined}>
      {chart}
    </div>
  );
}
