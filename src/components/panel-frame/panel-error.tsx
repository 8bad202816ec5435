import type { FrameStatus } from './frame-status';

/** What the reader has asked for so far: how many retries, and the failure the last one was asked from. */
export interface RetryState {
  count: number;
  from: FrameStatus['errors'];
}

interface PanelErrorProps {
  errors: FrameStatus['errors'];
  retry: RetryState | null;
  onRetry: (next: RetryState) => void;
}

/**
 * The failed files and a Retry that says what it did. A file that fails again within one render looked as if Retry
 * had done nothing (the same message, not announced again): while a retry is out the button says so, and once the
 * file has failed again the alert says how often it has been tried. The button stays focusable throughout
 * (aria-disabled, not disabled, which would drop the keyboard focus to the page).
 */
export function PanelError({ errors, retry, onRetry }: PanelErrorProps) {
  const waiting = retry !== null && retry.from === errors;
  return (
    <div role="alert" className="panel__error">
      <p>This panel cannot be shown: a data file it needs failed.</p>
      <ul>
        {errors.map((e) => (
          <li key={e.name}>{e.message}</li>
        ))}
      </ul>
      {retry && !waiting && <p>Tried again {retry.count === 1 ? 'once' : `${retry.count} times`}: it still fails.</p>}
      <button
        type="button"
        aria-disabled={waiting || undefined}
        onClick={() => waiting || onRetry({ count: (retry?.count ?? 0) + 1, from: errors })}
      >
        {waiting ? 'Trying again…' : 'Retry'}
      </button>
    </div>
  );
}
