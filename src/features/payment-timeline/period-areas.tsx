import type { ReactElement } from 'react';
import { ReferenceArea } from 'recharts';
import type { CombinedPeriod } from './combined-periods';
import { PeriodLabel, type AreaBox } from './period-label';

/**
 * Each combined period is one marked span over its months, with its total written in it where there is room: the
 * months are known only together, so the lines break there rather than draw a split nobody published.
 */
export function periodAreas(periods: readonly CombinedPeriod[]): ReactElement[] {
  return periods.map((p) => (
    <ReferenceArea
      key={`period-${p.id}`}
      x1={p.from}
      x2={p.to}
      ifOverflow="hidden"
      className="payments__period"
      fill="currentColor"
      fillOpacity={0.07}
      stroke="currentColor"
      strokeOpacity={0.45}
      strokeDasharray="3 3"
      label={(box: AreaBox) => <PeriodLabel {...box} period={p} />}
    />
  ));
}
