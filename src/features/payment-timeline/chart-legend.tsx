import type { ReactElement } from 'react';
import { OKABE_ITO } from '@/lib/colors';
import { MarkerSwatch } from './marker-shapes';
import { CATEGORY_ORDER, CATEGORY_STYLES, type PaymentCategory } from './payment-events';
import { SERIES } from './series-styles';
import { DerivedMark } from './derived-mark';

interface Props {
  series: ReadonlyArray<keyof typeof SERIES>;
  counts: Record<PaymentCategory, number>;
  hasAnnotations: boolean;
  hasCombined: boolean;
}

/** The chart's key in HTML (so it is read out and wraps on small screens): series, the derived mark, event categories. */
export function ChartLegend({ series, counts, hasAnnotations, hasCombined }: Props): ReactElement {
  return (
    <ul className="payments__legend" aria-label="Chart legend">
      {series.map((key) => (
        <li key={key}>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line
              x1="1"
              x2="27"
              y1="6"
              y2="6"
              stroke={SERIES[key].color}
              strokeWidth={SERIES[key].width}
              strokeDasharray={SERIES[key].dash}
            />
          </svg>
          {SERIES[key].label} (US$ bn)
        </li>
      ))}
      <li>
        <svg width="14" height="14" aria-hidden="true" focusable="false">
          <DerivedMark cx={7} cy={7} stroke="currentColor" />
        </svg>
        derived (method in table)
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <path d="M1 8 L10 4 M18 6 L27 3" stroke="currentColor" strokeWidth={2} fill="none" />
        </svg>
        break in a line: month not reported
      </li>
      {hasCombined && (
        <li>
          <svg width="20" height="14" aria-hidden="true" focusable="false">
            <rect
              x="1"
              y="1"
              width="18"
              height="12"
              fill="currentColor"
              fillOpacity={0.07}
              stroke="currentColor"
              strokeOpacity={0.45}
              strokeDasharray="3 3"
            />
          </svg>
          months known only together (one total, not split)
        </li>
      )}
      {CATEGORY_ORDER.map((c) => (
        <li key={c}>
          <MarkerSwatch {...CATEGORY_STYLES[c]} fill={CATEGORY_STYLES[c].color} />
          {CATEGORY_STYLES[c].label} ({counts[c]})
        </li>
      ))}
      {hasAnnotations && (
        <li>
          <svg width="12" height="20" aria-hidden="true" focusable="false">
            <line x1="6" x2="6" y1="1" y2="19" stroke={OKABE_ITO.grey} strokeDasharray="4 4" />
          </svg>
          key event (dashboard timeline)
        </li>
      )}
    </ul>
  );
}
