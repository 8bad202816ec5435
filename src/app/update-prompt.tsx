import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { usePresentation } from '@/store/hooks';
import './update-prompt.css';

/**
 * Registers the service worker (vite.config.ts, offlineCache) and says what it did. A new deployment waits until the
 * reader presses "Reload": the slides in front of a client never change by themselves. While presenting, the offer is
 * held back and shown once the presentation ends. "Later" hides it until the next page load, when it is offered again.
 */
export function UpdatePrompt() {
  const presentation = usePresentation();
  const [registerError, setRegisterError] = useState<string | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // A browser that refuses service workers (private mode, a policy) still runs the dashboard, only not offline.
    onRegisterError: (error: unknown) => setRegisterError(error instanceof Error ? error.message : String(error)),
  });

  return (
    <>
      {needRefresh && !presentation && (
        <div className="update-prompt" role="region" aria-label="Update">
          <p role="status">New data available: reload to see it.</p>
          <button type="button" className="update-prompt__reload" onClick={() => void updateServiceWorker(true)}>
            Reload
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </div>
      )}
      <p className="offline-status muted" role="status">
        {offlineReady && 'Saved for offline use: this dashboard and its data now open without a network.'}
        {registerError &&
          `Offline use could not be set up in this browser (${registerError}): reloading needs the network.`}
      </p>
    </>
  );
}
