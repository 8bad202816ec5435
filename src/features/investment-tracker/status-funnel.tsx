import { pluralise } from '@/lib/format';
import { stageValuesText, type FunnelStage } from './funnel-selectors';
import type { ProjectStatus } from './investment-selectors';
import { STATUS_COLORS } from './status-colors';

interface StatusFunnelProps {
  stages: readonly FunnelStage[];
  onToggle: (status: ProjectStatus) => void;
}

/**
 * Announced → agreed → under construction → operating, then suspended and cancelled apart. Each stage is a toggle
 * button for the shared status filter; the bar length is the count relative to the largest stage.
 */
export function StatusFunnel({ stages, onToggle }: StatusFunnelProps) {
  return (
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
  );
}
