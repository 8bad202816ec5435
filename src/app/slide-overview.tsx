import type { ReactElement } from 'react';
import { OverviewStrip } from '@/features/overview/overview-strip';
import type { Filters } from '@/domain/view-state';
import { useOverviewFigures } from './overview-figures';
import type { SlideText } from './slide-panels';

/** The overview strip as a slide, for a saved view's filters. */
export function OverviewSlide({
  filters,
  render,
}: {
  filters: Filters;
  render: (parts: { chart: ReactElement; text: SlideText }) => ReactElement;
}) {
  const { figures, text } = useOverviewFigures(filters);
  return render({ chart: <OverviewStrip figures={figures} />, text });
}
