import { CollapsedTable } from '@/components/data-table/collapsed-table';
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
}

/** The panel's blocks, stateless: every number comes from the view model. */
export function InvestmentBody(props: InvestmentBodyProps) {
  const { view, sort, selectedId, detail, onSort, onSelect, onSector, onRegion, onStatus } = props;
  return (
    <div className="invest">
      <section aria-label="Pledged vs realised">
        <h3>Pledged vs realised</h3>
        <p className="invest__note">
          Official statements in the time window, newest first, in their original currency. A US$ figure appears only
          where the record states its own conversion rate. Sector, region, status and search filters do not apply here.
        </p>
        <HeadlineCards view={view.headline} />
        <CollapsedTable model={view.chartTables.headline} />
      </section>
      <section aria-label="Status funnel">
        <h3>Status funnel</h3>
        <p className="invest__note">
          Counts and values per status. Values are summed only within one currency; US$ totals use only the projects
          that have a US$ value. “≈” marks a sum that includes a range (its lower bound is counted) or an approximate
          amount. Select a stage to filter by status (the other stages stay visible).
        </p>
        <StatusFunnel stages={view.funnel} onToggle={onStatus} />
        <CollapsedTable model={view.chartTables.funnel} />
      </section>
      <div className="invest__grid2">
        <section aria-label="Projects by sector" className="chart-block">
          <h3>Projects by sector</h3>
          <BreakdownChart noun="sector" bars={view.bySector} onToggle={onSector} />
          <CollapsedTable model={view.chartTables.sector} />
        </section>
        <section aria-label="Projects by region" className="chart-block">
          <h3>Projects by region</h3>
          <p className="invest__note">A project in two regions (a bridge) counts in both.</p>
          <BreakdownChart noun="region" bars={view.byRegion} onToggle={onRegion} />
          <CollapsedTable model={view.chartTables.region} />
        </section>
      </div>
      <section aria-label="Projects over time" className="chart-block">
        <h3>Projects over time</h3>
        <p className="invest__note">
          By year of each project&apos;s first milestone (announced, signed or started), with key events.
          {view.byYear.undated > 0 && ` ${pluralise(view.byYear.undated, 'project')} without any date not drawn.`}
        </p>
        <ProjectsOverTimeChart view={view.byYear} />
        <CollapsedTable model={view.chartTables.year} />
      </section>
      <section aria-label="Projects">
        <h3>Projects ({view.rows.length})</h3>
        <p className="invest__note">
          Search in the filter bar finds names in English, Russian or Chinese and the Chinese party. Sort by any column;
          a project&apos;s name opens its full record and selects it on the map.
        </p>
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
