import { pluralise } from '@/lib/format';
import { stageValuesText, type FunnelStage, type TroubledGroup } from './funnel-selectors';
import type { ProjectStatus } from './investment-selectors';
import { STATUS_COLORS } from './status-colors';

interface StatusFunnelProps {
  stages: readonly FunnelStage[];
  troubled: TroubledGroup;
  onToggle: (status: ProjectStatus) => void;
  /** Sets the status filter to exactly these statuses (or clears it with []). */
  onStatuses: (statuses: ProjectStatus[]) => void;
}

/**
 * Announced → agreed → under construction → operating or completed, then suspended, stalled and cancelled apart.
 * Each stage is a toggle button for the shared status filter; the bar length is the count relative to the largest
 * stage. "Troubled" selects the three ways off the path at once.
 */
export function StatusFunnel({ stages, troubled, onToggle, onStatuses }: StatusFunnelProps) {
  return (
    <>
      <ol className="funnel" aria-label="Projects by status">
        {stages.map((s) => (
          <li key={s.status} className={`funnel__stage${s.offPath ? ' funnel__stage--off' : ''}`}>
            <button type="button" aria-pressed={s.selected} onClick={() => onToggle(s.status)}>
              {s.label}: {pluralise(s.count, 'project')}
            </button>
            <div
              className="funnel__bar"
              style={{ width: `${Math.round(s.share * 100)}%`, background: STATUS_COLORS[s.status] }}
              aria-hidden="true"
            />
            {s.count > 0 && <p className="funnel__values">{stageValuesText(s)}</p>}
          </li>
        ))}
      </ol>
      <div className="funnel__troubled">
        <button
          type="button"
          aria-pressed={troubled.selected}
          onClick={() => onStatuses(troubled.selected ? [] : [...troubled.statuses])}
        >
          {troubled.label}: {pluralise(troubled.count, 'project')}
        </button>
        {troubled.count > 0 && <p className="funnel__values">{stageValuesText(troubled)}</p>}
      </div>
    </>
  );
}
