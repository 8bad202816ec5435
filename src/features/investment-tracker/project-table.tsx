import { Fragment } from 'react';
import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { useRowLimit } from '@/components/row-limit/use-row-limit';
import { ConfidenceBadge } from './confidence-badge';
import type { ProjectDetail } from './project-detail';
import { ProjectDetailView } from './project-detail-view';
import type { ProjectRow, SortKey, SortState } from './project-rows';
import { SourceLinks } from './source-list';

interface ProjectTableProps {
  rows: readonly ProjectRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  selectedId: string | null;
  detail: ProjectDetail | null;
  onSelect: (id: string | null) => void;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Project' },
  { key: 'sector', label: 'Sector' },
  { key: 'dealType', label: 'Deal type' },
  { key: 'status', label: 'Status' },
  { key: 'value', label: 'Value' },
  { key: 'first', label: 'First milestone' },
  { key: 'region', label: 'Regions' },
];

function ValueCell({ row }: { row: ProjectRow }) {
  if (!row.value) return <span className="missing">not sourced</span>;
  return (
    <>
      {row.value}
      {row.conversion && <div className="muted">{row.conversion}</div>}
    </>
  );
}

/**
 * The projects shown, sortable by any column (Value sorts by US$ where a US$ value exists; the rest go last). The
 * project name selects it for the whole dashboard (the map highlights it) and opens its full record below the row.
 */
export function ProjectTable({ rows, sort, onSort, selectedId, detail, onSelect }: ProjectTableProps) {
  const rowLimit = useRowLimit(rows.length, selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId));
  return (
    <div className="project-table" role="region" aria-label="Project list" tabIndex={0}>
      <table>
        <caption className="visually-hidden">
          Projects: choose a column to sort, a project name to see its full record
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : 'none'}>
                <button type="button" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </th>
            ))}
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, rowLimit.limit).map((r, i) => {
            const selected = r.id === selectedId;
            const detailId = `project-detail-${r.id}`;
            return (
              <Fragment key={r.id}>
                <tr data-selected={selected} {...rowLimit.revealProps(i)}>
                  <th scope="row">
                    <button
                      type="button"
                      className="project-table__name"
                      aria-expanded={selected}
                      aria-controls={selected ? detailId : undefined}
                      onClick={() => onSelect(selected ? null : r.id)}
                    >
                      {r.name}
                    </button>
                    <ConfidenceBadge confidence={r.confidence} />
                  </th>
                  <td>{r.sector}</td>
                  <td>{r.dealType}</td>
                  <td>{r.statusText}</td>
                  <td>
                    <ValueCell row={r} />
                  </td>
                  <td>{r.first ?? <span className="missing">—</span>}</td>
                  <td>{r.regions}</td>
                  <td>
                    <SourceLinks sources={r.sources} />
                  </td>
                </tr>
                {selected && detail && (
                  <tr id={detailId}>
                    <td colSpan={COLUMNS.length + 1}>
                      <ProjectDetailView detail={detail} name={r.name} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <RowLimitNote rowLimit={rowLimit} total={rows.length} noun="project" listName="Project list" />
    </div>
  );
}
