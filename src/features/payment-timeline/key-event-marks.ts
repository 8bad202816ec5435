import type { EventMark } from '@/components/chart-box/event-label-layer';
import type { Annotation } from '@/domain/annotations';
import { formatPartialDate } from '@/lib/months';

/**
 * The shared key events as the trade chart labels them: each numbered, its label drawn at its line where it fits and
 * folded to the number where it does not (EventLabelLayer), and all of them written out in one note under the chart,
 * so a number always leads to its text, at any width and in every export. One note, not one per event: a dozen lines
 * of notes left a 16:9 slide's plot a tenth of the frame.
 */
export function keyEventMarks(annotations: readonly Annotation[]): { marks: EventMark[]; notes: string[] } {
  const marks = annotations.map((a, i) => ({ at: a.month, number: i + 1, text: a.label }));
  const entries = annotations.map((a, i) => `(${i + 1}) ${formatPartialDate(a.month)}: ${a.label}`);
  return { marks, notes: entries.length > 0 ? [`Key events on the chart: ${entries.join('; ')}.`] : [] };
}
