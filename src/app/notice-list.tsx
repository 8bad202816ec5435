import { useDashboardActions, useNotices } from '@/store/hooks';

/** Problems with the address (unknown or malformed parameters): shown, dismissible, never fatal. */
export function NoticeList() {
  const notices = useNotices();
  const { noticeDismissed } = useDashboardActions();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="status">
          <p>{n.message}</p>
          <button type="button" onClick={() => noticeDismissed(n.id)} aria-label={`Dismiss notice: ${n.message}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
