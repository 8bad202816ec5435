import { useDashboardActions, useSavedViews } from '@/store/hooks';

/** Starts presenting the saved views in order, full screen where the browser allows it. */
export function PresentButton() {
  const { presentStarted } = useDashboardActions();
  const count = useSavedViews().length;
  return (
    <button
      type="button"
      className="present-button"
      title={
        count === 0
          ? 'Save a view first: each saved view is a slide'
          : `Present ${count} saved view${count === 1 ? '' : 's'}`
      }
      onClick={() => {
        presentStarted();
        // Full screen must be requested inside the click; a refusal (e.g. in an iframe) still leaves the presenter on.
        if (count > 0 && !document.fullscreenElement)
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      Present
    </button>
  );
}
