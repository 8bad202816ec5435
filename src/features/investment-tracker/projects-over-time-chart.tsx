import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { eventBandHeight } from '@/components/chart-box/event-band';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { EventLabelLayer, type EventMark } from '@/components/chart-box/event-label-layer';
import { OKABE_ITO } from '@/lib/colors';
import type { ByYearView } from './breakdown-selectors';
import { yearRows, yearTitle } from './investment-chart-rows';

const TICK = { fill: 'currentColor', fontSize: 12 };
const EVENT_ROWS = 3;

/**
 * Projects by the year of their first milestone, with the shared key events labelled above the plot at their year:
 * a label that has no room is folded to its number, and the numbered notes under the chart give every event in full.
 */
export function ProjectsOverTimeChart({ view }: { view: ByYearView }) {
  const rows = useMemo(() => yearRows(view), [view]);
  const title = useMemo(() => yearTitle(view), [view]);
  const events = useMemo<EventMark[]>(
    () => view.annotations.map((a, i) => ({ at: a.year, number: i + 1, text: a.label })),
    [view.annotations],
  );
  const notes = useMemo(
    () => view.annotations.map((a, i) => `${i + 1}. ${a.year}: ${a.events.map((e) => e.label).join('; ')}`),
    [view.annotations],
  );
  return (
    <ChartFigure
      chartId="investment-over-time"
      dataFile="projects"
      title={title}
      units="Projects by the year of their first milestone (number)"
      filters="all"
      height={300}
      rows={rows}
      notes={notes}
      notesLabel="Key events on the time axis"
    >
      <BarChart
        data={view.data}
        margin={{ top: eventBandHeight(EVENT_ROWS) + 4, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="year" tick={TICK} minTickGap={16} />
        <YAxis allowDecimals={false} tick={TICK} width={32} />
        <Tooltip />
        <Bar dataKey="count" name="Projects (first milestone)" fill={OKABE_ITO.blue} isAnimationActive={false} />
        <EventLabelLayer events={events} rows={EVENT_ROWS} color={OKABE_ITO.vermillion} />
      </BarChart>
    </ChartFigure>
  );
}
