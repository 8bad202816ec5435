import { memo, useRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import type { SourceRef } from '@/domain/sources';
import type { PanelId } from '@/domain/view-state';
import type { TableModel } from '@/lib/table-model';
import { CardSources } from './card-sources';
import { cardPanelId, cardTabId, type CardTab } from './card-tab-id';

/*
 * A card's tabs, after the WAI-ARIA Tabs pattern with automatic activation: a roving tabindex (only the selected tab
 * is in the focus order), ArrowLeft / ArrowRight (wrapping) and Home / End move the focus and select, and Tab from
 * the list goes on into the selected panel. Hand-written, not Ariakit's: each Ariakit Tab and TabPanel registered
 * into its store at mount through useSyncExternalStore, a synchronous cascade of renders right after the first
 * commit that blocked a phone's main thread for a visible while (issue 22). The selection is the card's state
 * (PanelFrame); the list and the panels behind the hero are memoised apart from the card, so a filter change, which
 * renders every card twice, does not draw them again with nothing changed.
 */

/** The tabs of a card, in order: "More" only where the body has secondary blocks. */
const cardTabs = (more: string | undefined): readonly CardTab[] =>
  more ? ['chart', 'more', 'table', 'sources'] : ['chart', 'table', 'sources'];

const STEPS: Partial<Record<string, (i: number, n: number) => number>> = {
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

interface TabListProps {
  id: PanelId;
  title: string;
  prefix: string;
  more: string | undefined;
  selected: CardTab;
  onSelect: (tab: CardTab) => void;
}

export const CardTabList = memo(function CardTabList({ id, title, prefix, more, selected, onSelect }: TabListProps) {
  const buttons = useRef(new Map<CardTab, HTMLButtonElement>());
  const tabs = cardTabs(more);
  const names: Record<CardTab, string | undefined> = {
    chart: id === 'border' ? 'Map' : 'Chart',
    more,
    table: 'Table',
    sources: 'Sources',
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = tabs.findIndex((t) => buttons.current.get(t) === event.target);
    if (from < 0) return;
    event.preventDefault();
    const next = tabs[step(from, tabs.length)] ?? selected;
    buttons.current.get(next)?.focus();
    onSelect(next);
  };
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      className="card__tabs"
      aria-label={`${title} views`}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            if (el) buttons.current.set(tab, el);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={cardTabId(prefix, tab)}
          className="card__tab"
          aria-selected={tab === selected}
          aria-controls={cardPanelId(prefix, tab)}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {names[tab]}
        </button>
      ))}
    </div>
  );
});

interface TabPanelProps extends HTMLAttributes<HTMLDivElement> {
  prefix: string;
  tab: CardTab;
  selected: CardTab;
  /** Drop the content while another tab is selected (otherwise it stays mounted, hidden). */
  unmountOnHide?: boolean;
}

/**
 * One tab's panel: hidden (`hidden`, so display: none, except the hero's: see styles.css) while another tab is
 * selected. It is in the focus order itself (tabindex 0), as the Ariakit panels here were.
 */
export function CardTabPanel({ prefix, tab, selected, unmountOnHide = false, children, ...rest }: TabPanelProps) {
  const shown = tab === selected;
  return (
    <div
      role="tabpanel"
      id={cardPanelId(prefix, tab)}
      aria-labelledby={cardTabId(prefix, tab)}
      tabIndex={0}
      hidden={!shown}
      {...rest}
    >
      {unmountOnHide && !shown ? null : children}
    </div>
  );
}

interface OtherPanelsProps {
  title: string;
  prefix: string;
  more: string | undefined;
  selected: CardTab;
  ready: boolean;
  summary: string;
  table: TableModel | null;
  sourceRefs: readonly SourceRef[];
  /** The Sources tab has been opened (its list is drawn from then on). */
  notesOpened: boolean;
  setMoreTarget: (el: HTMLElement | null) => void;
  setNotesTarget: (el: HTMLElement | null) => void;
}

/** The More-charts, Table and Sources panels: the secondary blocks render into their targets through CardSlot. */
export const CardOtherPanels = memo(function CardOtherPanels(props: OtherPanelsProps) {
  const { title, prefix, more, selected, ready, summary, table, sourceRefs, notesOpened } = props;
  const { setMoreTarget, setNotesTarget } = props;
  return (
    <>
      {more && (
        <CardTabPanel prefix={prefix} tab="more" selected={selected} className="card__panel card__panel--more">
          <div ref={setMoreTarget} />
        </CardTabPanel>
      )}
      <CardTabPanel prefix={prefix} tab="table" selected={selected} className="card__panel" unmountOnHide>
        {ready && <p className="card__summary">{summary}</p>}
        {ready && table ? <DataTable model={table} /> : <p>The table is shown once the data has loaded.</p>}
      </CardTabPanel>
      <CardTabPanel prefix={prefix} tab="sources" selected={selected} className="card__panel card__panel--sources">
        {notesOpened && ready && (
          <>
            <h3>Sources</h3>
            <CardSources refs={sourceRefs} label={`${title} sources`} />
          </>
        )}
        <div ref={setNotesTarget} />
      </CardTabPanel>
    </>
  );
});
