import { definePanel, type PanelFrameText } from '@/components/panel-frame/panel-spec';
import type { DatasetRecord } from '@/data/schemas/registry';
import { sourcesById } from '@/data/source-index';
import type { TableModel } from '@/lib/table-model';
import { selectAnnotations } from '@/domain/annotations';
import type { Filters } from '@/domain/view-state';
import {
  barTable,
  selectByDealType,
  selectByRegion,
  selectBySector,
  selectByYear,
  topBars,
  yearTable,
  type BarDatum,
  type ByYearView,
} from './breakdown-selectors';
import { funnelTable, selectFunnel, selectTroubled, type FunnelStage, type TroubledGroup } from './funnel-selectors';
import {
  formatHeadline,
  headlineStatements,
  headlineTable,
  statementSourceIds,
  type Aggregate,
  type HeadlineStatements,
  type HeadlineView,
} from './headline-selectors';
import { investmentSummary } from './investment-summary';
import { investmentTakeaway } from './investment-takeaway';
import {
  buildLabels,
  filterProjects,
  filterProjectsExcept,
  type Labels,
  type Project,
  type Region,
  type Sector,
} from './investment-selectors';
import { projectDetail, type ProjectDetail } from './project-detail';
import { projectTable, sortRows, toRow, type ProjectRow, type SortState } from './project-rows';
import type { Source, SourceIndex } from '@/domain/sources';
import { selectValueByDealType, selectValueBySector, valueTable, type ValueBreakdown } from './value-selectors';
import { lazyFields } from '@/components/panel-frame/lazy-fields';

export interface InvestmentInput {
  projects: readonly Project[];
  aggregates: readonly Aggregate[];
  sectors: readonly Sector[];
  regions: readonly Region[];
  events: readonly DatasetRecord<'events'>[];
  sources: readonly Source[];
}

export interface InvestmentView {
  headline: HeadlineView;
  funnel: FunnelStage[];
  troubled: TroubledGroup;
  /** The bars drawn (the largest few, then "Other"); the tables list every sector and region. */
  bySector: BarDatum[];
  byDealType: BarDatum[];
  byRegion: BarDatum[];
  valueBySector: ValueBreakdown;
  valueByDealType: ValueBreakdown;
  byYear: ByYearView;
  rows: ProjectRow[];
  /** The project rows shown, in the order shown: the frame's data table and CSV. */
  table: TableModel;
  chartTables: {
    headline: TableModel;
    funnel: TableModel;
    sector: TableModel;
    dealType: TableModel;
    region: TableModel;
    valueBySector: TableModel;
    valueByDealType: TableModel;
    year: TableModel;
  };
  labels: Labels;
  sourceIndex: SourceIndex;
}

/**
 * Pure: only the frame's text, without the charts and tables. It is computed at once on every filter change (the
 * charts follow in a deferred render), so it does no more than the summary needs: on 25,000 records the whole view
 * takes several times longer.
 */
export function selectInvestmentFrame(
  input: Pick<InvestmentInput, 'projects' | 'aggregates' | 'sources'>,
  filters: Filters,
): PanelFrameText {
  const shown = filterProjects(input.projects, filters);
  return frameText(
    shown,
    // What the hero (projects by deal type) counts: the same projects unless a deal type is chosen.
    filters.dealTypes.length ? filterProjectsExcept(input.projects, filters, 'dealTypes') : shown,
    input.projects.length,
    headlineStatements(input.aggregates, filters),
    sourcesById(input.sources),
  );
}

// Runs on every filter change before anything else is drawn: it formats only the two statements the summary names.
function frameText(
  shown: readonly Project[],
  dealBase: readonly Project[],
  total: number,
  statements: HeadlineStatements,
  sources: SourceIndex,
): PanelFrameText {
  const headlineIds = [...statements.pledged, ...statements.realised].flatMap(statementSourceIds);
  return {
    takeaway: investmentTakeaway(dealBase, shown),
    summary: investmentSummary(shown, total, formatHeadline(statements, sources, 1)),
    emptyReason: shown.length === 0 ? 'no investment projects in this selection.' : null,
    sourceIds: [...shown.flatMap((p) => p.sources), ...headlineIds],
  };
}

// The labels of one pair of loaded files, built once: the project rows are cached by project for one labels object
// (see toRow), so a filter change formats only projects it has not formatted before.
const labelsByFiles = new WeakMap<readonly Sector[], { regions: readonly Region[]; labels: Labels }>();
function labelsOf(sectors: readonly Sector[], regions: readonly Region[]): Labels {
  const cached = labelsByFiles.get(sectors);
  if (cached?.regions === regions) return cached.labels;
  const labels = buildLabels(sectors, regions);
  labelsByFiles.set(sectors, { regions, labels });
  return labels;
}

// Every project's row in one sort order, kept per loaded file: a filter change then only picks the shown rows out of it
// (in the same order: the sort is stable and its ties fall back to the name), instead of sorting thousands of rows
// with a text collation again.
const sortedByFile = new WeakMap<
  readonly Project[],
  { labels: Labels; sources: SourceIndex; sort: SortState; rows: ProjectRow[]; projects: Project[] }
>();
function shownRows(
  all: readonly Project[],
  shown: readonly Project[],
  labels: Labels,
  sources: SourceIndex,
  sort: SortState,
): ProjectRow[] {
  let sorted = sortedByFile.get(all);
  if (
    !sorted ||
    sorted.labels !== labels ||
    sorted.sources !== sources ||
    sorted.sort.key !== sort.key ||
    sorted.sort.dir !== sort.dir
  ) {
    const projectOfRow = new Map(all.map((p) => [toRow(p, labels, sources), p]));
    const rows = sortRows(all, [...projectOfRow.keys()], sort);
    sorted = { labels, sources, sort, rows, projects: rows.map((r) => projectOfRow.get(r) as Project) };
    sortedByFile.set(all, sorted);
  }
  const { rows, projects } = sorted;
  const isShown = new Set(shown);
  return rows.filter((_, i) => isShown.has(projects[i] as Project));
}

/**
 * Pure: every part of the panel from the loaded records, the shared filters and the table's sort order. Only the hero
 * (projects by deal type) and the project table are computed at once: the other charts are in the "More charts" tab,
 * which draws nothing while closed, so their fields are computed when first read (lazyFields), not on every change.
 */
export function selectInvestmentView(input: InvestmentInput, filters: Filters, sort: SortState): InvestmentView {
  const labels = labelsOf(input.sectors, input.regions);
  const sourceIndex = sourcesById(input.sources);
  const shown = filterProjects(input.projects, filters);
  const byDealType = selectByDealType(filterProjectsExcept(input.projects, filters, 'dealTypes'), filters.dealTypes);
  const rows = shownRows(input.projects, shown, labels, sourceIndex, sort);
  const table = projectTable(rows);
  const more = lazyFields({
    headline: () => formatHeadline(headlineStatements(input.aggregates, filters), sourceIndex),
    statusBase: () => filterProjectsExcept(input.projects, filters, 'statuses'),
    allSectors: () => selectBySector(filterProjectsExcept(input.projects, filters, 'sectors'), labels, filters.sectors),
    allRegions: () => selectByRegion(filterProjectsExcept(input.projects, filters, 'regions'), labels, filters.regions),
  });
  const view: InvestmentView = lazyFields<InvestmentView>({
    headline: () => more.headline,
    funnel: () => selectFunnel(more.statusBase, filters.statuses),
    troubled: () => selectTroubled(more.statusBase, filters.statuses),
    bySector: () => topBars(more.allSectors),
    byDealType: () => byDealType,
    byRegion: () => topBars(more.allRegions),
    // Values are of the projects shown: a value chart is a reading of the selection, not a cross-filter.
    valueBySector: () => selectValueBySector(shown, labels, filters.sectors),
    valueByDealType: () => selectValueByDealType(shown, filters.dealTypes),
    byYear: () => selectByYear(shown, selectAnnotations(input.events, filters)),
    rows: () => rows,
    table: () => table,
    labels: () => labels,
    sourceIndex: () => sourceIndex,
    // Read only after `chartTables` below is defined (a getter runs when read, not here).
    chartTables: () => chartTables,
  });
  const chartTables = lazyFields<InvestmentView['chartTables']>({
    headline: () => headlineTable(view.headline),
    funnel: () => funnelTable(view.funnel, view.troubled),
    sector: () => barTable('Projects by sector', 'Sector', more.allSectors),
    dealType: () => barTable('Projects by deal type', 'Deal type', byDealType),
    region: () => barTable('Projects by region', 'Region', more.allRegions),
    valueBySector: () => valueTable('US$ value by sector', 'Sector', view.valueBySector),
    valueByDealType: () => valueTable('US$ value by deal type', 'Deal type', view.valueByDealType),
    year: () => yearTable(view.byYear),
  });
  return view;
}

/** The selected project's full record, or null when nothing is selected or the filters hide it. */
export function selectDetail(
  view: InvestmentView,
  projects: readonly Project[],
  selectedId: string | null,
): ProjectDetail | null {
  if (!selectedId || !view.rows.some((r) => r.id === selectedId)) return null;
  const project = projects.find((p) => p.id === selectedId);
  return project ? projectDetail(project, view.labels, view.sourceIndex) : null;
}

/** The panel contract (see usePanelView): the files it reads, under the names the selectors read them by. */
export const INVESTMENT_PANEL = definePanel({
  id: 'investment',
  datasets: {
    projects: 'projects',
    aggregates: 'aggregates',
    sectors: 'sectors',
    regions: 'regions',
    events: 'events',
    sources: 'sources',
  },
  selectFrame: selectInvestmentFrame,
  selectView: selectInvestmentView,
});
