import * as Ariakit from '@ariakit/react';
import { memo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import type { SourceRef } from '@/domain/sources';
import type { PanelId } from '@/domain/view-state';
import type { TableModel } from '@/lib/table-model';
import { CardSources } from './card-sources';
import { cardTabId } from './card-tab-id';

/*
 * The tab list and the panels behind the hero are memoised apart from the card: a filter change renders every card
 * twice (the summary, then the redrawn body), and Ariakit's tabs cost a visible share of that when drawn again with
 * nothing changed (issue 22). These re-render only when what they show changes.
 */

interface TabListProps {
  id: PanelId;
  title: string;
  prefix: string;
  more: string | undefined;
}

export const CardTabList = memo(function CardTabList({ id, title, prefix, more }: TabListProps) {
  return (
    <Ariakit.TabList className="card__tabs" aria-label={`${title} views`}>
      <Ariakit.Tab className="card__tab" id={cardTabId(prefix, 'chart')}>
        {id === 'border' ? 'Map' : 'Chart'}
      </Ariakit.Tab>
      {more && (
        <Ariakit.Tab className="card__tab" id={cardTabId(prefix, 'more')}>
          {more}
        </Ariakit.Tab>
      )}
      <Ariakit.Tab className="card__tab" id={cardTabId(prefix, 'table')}>
        Table
      </Ariakit.Tab>
      <Ariakit.Tab className="card__tab" id={cardTabId(prefix, 'sources')}>
        Sources
      </Ariakit.Tab>
    </Ariakit.TabList>
  );
});

interface OtherPanelsProps {
  title: string;
  prefix: string;
  more: string | undefined;
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
  const { title, prefix, more, ready, summary, table, sourceRefs, notesOpened } = props;
  return (
    <>
      {more && (
        <Ariakit.TabPanel tabId={cardTabId(prefix, 'more')} className="card__panel card__panel--more">
          <div ref={props.setMoreTarget} />
        </Ariakit.TabPanel>
      )}
      <Ariakit.TabPanel tabId={cardTabId(prefix, 'table')} className="card__panel" unmountOnHide>
        {ready && <p className="card__summary">{summary}</p>}
        {ready && table ? <DataTable model={table} /> : <p>The table is shown once the data has loaded.</p>}
      </Ariakit.TabPanel>
      <Ariakit.TabPanel tabId={cardTabId(prefix, 'sources')} className="card__panel card__panel--sources">
        {notesOpened && ready && (
          <>
            <h3>Sources</h3>
            <CardSources refs={sourceRefs} label={`${title} sources`} />
          </>
        )}
        <div ref={props.setNotesTarget} />
      </Ariakit.TabPanel>
    </>
  );
});
