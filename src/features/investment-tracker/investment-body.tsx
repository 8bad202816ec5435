import { useCallback } from 'react';
import { CollapsedTable } from '@/components/data-table/collapsed-table';
import { CardSlot } from '@/components/panel-frame/card-slots';
import type { DealType } from '@/data/schemas/projects';
import { pluralise } from '@/lib/format';
import { BreakdownChart } from './breakdown-chart';
import { HeadlineCards } from './headline-cards';
import type { InvestmentView } from './investment-view';
import type { ProjectStatus } from './investment-selectors';
import type { ProjectDetail } from './project-detail';
import type { SortKey, SortState } from './project-rows';
import { ProjectTable } from './project-table';
import { ProjectsOverTimeChart } from './projects-over-time-chart';
import { StatusFunnel } from './status-funnel';
import { ValueChart } from './value-chart';
import { acrossDealTypesText, leftOutText } from './value-selectors';

export interface InvestmentBodyProps {
  view: InvestmentView;
  sort: SortState;
  selectedId: string | null;
  detail: ProjectDetail | null;
  onSort: (key: SortKey) => void;
  onSelect: (id: string | null) => void;
  onSector: (id: string) => void;
  onRegion: (id: string) => void;
  onStatus: (status: ProjectStatus) => void;
  onStatuses: (statuses: ProjectStatus[]) => void;
  onDealType: (dealType: DealType) => void;
}

/** The panel's blocks, stateless: every number comes from the view model. */
export function InvestmentBody(props: InvestmentBodyProps) {
  const { view, onDealType } = props;
  // The deal-type bars' ids are the deal types themselves (selectByDealType draws one bar per DEAL_TYPES entry).
  const onDealTypeId = useCallback((id: string) => onDealType(id as DealType), [onDealType]);
  return (
    <div className="invest">
      <section aria-label="Projects by deal type" className="chart-block invest__hero">
        <h3>Projects by deal type</h3>
        <p className="invest__note">
          Loans, contracts, stakes and memoranda are different kinds of money: select a bar.
        </p>
        <BreakdownChart noun="deal type" bars={view.byDealType} onToggle={onDealTypeId} />
        <CollapsedTable model={view.chartTables.dealType} />
      </section>
      <CardSlot name="more">
        <MoreCharts {...props} />
      </CardSlot>
      <CardSlot name="notes">
        <h3>How these figures are counted</h3>
        <p>
          Statuses count all deal types together. Values are summed only within one currency; US$ totals use only the
          projects that have a US$ value, from values printed in US$ and the US$ equivalents their sources state (never
          a rate of our own). A range is summed as a range (low ends, high ends); “≈” marks a sum with an approximate
          amount. A project in two regions (a bridge) counts in both. The pledged and realised statements follow the
          time window only: sector, region, status and search do not apply to them.
        </p>
      </CardSlot>
    </div>
  );
}

/**
 * The More-charts tab. A component of its own, so its fields of the view (lazy: see selectInvestmentView) are read
 * only when CardSlot draws it, i.e. while the tab is open; JSX props would be read on every render of the body.
 */
function MoreCharts(props: InvestmentBodyProps) {
  const { view, sort, selectedId, detail, onSort, onSelect, onSector, onRegion, onStatus, onStatuses } = props;
  const { valueByDealType, valueBySector } = view;
  return (
    <div className="invest invest--more">
      <section aria-label="Status funnel" className="invest__funnel">
        <h3>Status funnel</h3>
        <p className="invest__note">
          Select a stage to filter by it; Troubled selects suspended, stalled and cancelled.
        </p>
        <StatusFunnel stages={view.funnel} troubled={view.troubled} onToggle={onStatus} onStatuses={onStatuses} />
        <CollapsedTable model={view.chartTables.funnel} />
      </section>
      <section aria-label="Pledged vs realised">
        <h3>Pledged vs realised</h3>
        <p className="invest__note">Official statements in the time window, newest first, in their own currency.</p>
        <HeadlineCards view={view.headline} />
        <CollapsedTable model={view.chartTables.headline} />
      </section>
      <div className="invest__grid2">
        <section aria-label="Projects by sector" className="chart-block">
          <h3>Projects by sector</h3>
          <BreakdownChart noun="sector" bars={view.bySector} onToggle={onSector} />
          <CollapsedTable model={view.chartTables.sector} />
        </section>
      </div>
      <div className="invest__grid2">
        <section aria-label="US$ value by deal type" className="chart-block">
          <h3>US$ value by deal type</h3>
          <p className="invest__note">
            Dark: sum of the low ends; light: on to the high ends. {leftOutText(valueByDealType)}
          </p>
          <ValueChart noun="deal type" bars={valueByDealType.bars} />
          <CollapsedTable model={view.chartTables.valueByDealType} />
        </section>
        <section aria-label="US$ value by sector" className="chart-block">
          <h3>US$ value by sector</h3>
          <p className="invest__note">
            Each bar adds {acrossDealTypesText(valueBySector.dealTypesInUsd)}, which are not the same money.{' '}
            {leftOutText(valueBySector)}
          </p>
          <ValueChart noun="sector" bars={valueBySector.bars} />
          <CollapsedTable model={view.chartTables.valueBySector} />
        </section>
      </div>
      <section aria-label="Projects by region" className="chart-block">
        <h3>Projects by region</h3>
        <BreakdownChart noun="region" bars={view.byRegion} onToggle={onRegion} />
        <CollapsedTable model={view.chartTables.region} />
      </section>
      <section aria-label="Projects over time" className="chart-block">
        <h3>Projects over time</h3>
        <p className="invest__note">
          By year of each project&apos;s first milestone, with key events.
          {view.byYear.undated > 0 && ` ${pluralise(view.byYear.undated, 'project')} without any date not drawn.`}
        </p>
        <ProjectsOverTimeChart view={view.byYear} />
        <CollapsedTable model={view.chartTables.year} />
      </section>
      <section aria-label="Projects">
        <h3>Projects ({view.rows.length})</h3>
        <p className="invest__note">A project&apos;s name opens its full record and selects it on the map.</p>
        <ProjectTable
          rows={view.rows}
          sort={sort}
          onSort={onSort}
          selectedId={selectedId}
          detail={detail}
          onSelect={onSelect}
        />
      </section>
    </div>
  );
}
