import type { ComponentProps, RefObject } from 'react';
import { useDashboardActions, useFocusedPanel } from '@/store/hooks';
import type { PanelId } from '@/domain/view-state';
import { PanelToolbar } from './panel-toolbar';

interface PanelHeaderProps extends Omit<ComponentProps<typeof PanelToolbar>, 'panel' | 'asOf'> {
  id: PanelId;
  titleId: string;
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** The newest "as of" date of the panel's files, formatted; null while they load. */
  asOf: string | null;
}

/** The title, the Focus button, the as-of date and source line, and the toolbar. */
export function PanelHeader({ id, titleId, titleRef, asOf, ...toolbar }: PanelHeaderProps) {
  const { panelFocused } = useDashboardActions();
  const isFocused = useFocusedPanel() === id;
  return (
    <header className="panel__header">
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {toolbar.title}
      </h2>
      <button
        type="button"
        className="panel__focus"
        aria-pressed={isFocused}
        aria-label={`Focus ${toolbar.title}`}
        title="Show this panel first and full width; saved views and presentations remember it"
        onClick={() => panelFocused(isFocused ? null : id)}
      >
        Focus
      </button>
      <p className="panel__meta">
        <span>Data as of {asOf ?? '…'}</span>
        <span aria-hidden="true"> · </span>
        <span>{toolbar.sourceLine}</span>
      </p>
      <PanelToolbar panel={id} asOf={asOf ?? 'unknown'} {...toolbar} />
    </header>
  );
}
