import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '@/components/chart-box/chart-box';
import { OKABE_ITO } from '@/lib/colors';
import type { ByYearView } from './breakdown-selectors';

const TICK = { fill: 'currentColor', fontSize: 12 };
const MAX_LABEL = 34;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** The event's number and label written down along its line, so labels of neighbouring years never overlap. */
function eventLabel(text: string): (props: { viewBox?: { x?: number; y?: number } }) => ReactElement {
  return function EventLabel({ viewBox }) {
    const x = (viewBox?.x ?? 0) + 4;
    const y = (viewBox?.y ?? 0) + 4;
    return (
      <text x={x} y={y} transform={`rotate(90 ${x} ${y})`} fontSize={11} fill="currentColor">
        {text}
      </text>
    );
  };
}

/**
 * Projects by the year of their first milestone, with the shared key events drawn as dashed lines on the year axis.
 * The numbered list below gives every event in full.
 */
export function ProjectsOverTimeChart({ view }: { view: ByYearView }) {
  return (
    <>
      <div aria-hidden="true">
        <ChartBox height={300}>
          <BarChart data={view.data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="year" tick={TICK} />
            <YAxis allowDecimals={false} tick={TICK} width={32} />
            <Tooltip />
            <Bar dataKey="count" name="Projects (first milestone)" fill={OKABE_ITO.blue} isAnimationActive={false} />
            {view.annotations.map((a, i) => (
              <ReferenceLine
                key={a.year}
                x={a.year}
                stroke={OKABE_ITO.vermillion}
                strokeDasharray="4 3"
                label={eventLabel(`${i + 1}. ${shorten(a.label)}`)}
              />
            ))}
          </BarChart>
        </ChartBox>
      </div>
      {view.annotations.length > 0 && (
        <ol className="events-list" aria-label="Key events on the time axis">
          {view.annotations.map((a) => (
            <li key={a.year}>
              {a.year}: {a.events.map((e) => e.label).join('; ')}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
