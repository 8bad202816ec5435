import { useId } from 'react';
import { CURRENT_MONTH, FIRST_MONTH, isMonthKey } from '@/lib/months';
import { describeFilters } from '@/domain/describe-filters';
import { useDashboardActions, useDataset, useFilterLabels, useFilters } from '@/store/hooks';
import { STATUS_LABELS, STATUS_OPTIONS, type StatusOption } from '@/domain/view-state';
import { MultiSelect } from './multi-select';

/** The shared filters: every panel applies them through its selectors. */
export function FilterBar() {
  const filters = useFilters();
  const labels = useFilterLabels();
  const actions = useDashboardActions();
  const sectors = useDataset('sectors');
  const regions = useDataset('regions');
  const headingId = useId();
  const summaryId = useId();

  // Macro-regions ("Russian Far East") are left out: records are tagged with federal subjects, so choosing one would
  // match only the few records tagged with the macro-region itself and hide everything in its member regions.
  const choosable = (regions?.records ?? []).filter((r) => r.kind !== 'macro-region');
  const regionGroups = [
    { label: 'Russia', options: choosable.filter((r) => r.country === 'RU') },
    { label: 'China', options: choosable.filter((r) => r.country === 'CN') },
  ].map((g) => ({ label: g.label, options: g.options.map((r) => ({ value: r.id, label: r.name.en })) }));

  return (
    <section className="filter-bar" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Filters
      </h2>
      <div className="filter-bar__controls">
        <label className="field">
          <span>From</span>
          <input
            type="month"
            min={FIRST_MONTH}
            max={CURRENT_MONTH}
            value={filters.from}
            // Moving From past To drags To along (and vice versa): the field being edited keeps what the user chose.
            onChange={(e) =>
              isMonthKey(e.target.value) &&
              actions.timeWindowChanged(e.target.value, e.target.value > filters.to ? e.target.value : filters.to)
            }
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="month"
            min={FIRST_MONTH}
            max={CURRENT_MONTH}
            value={filters.to}
            onChange={(e) =>
              isMonthKey(e.target.value) &&
              actions.timeWindowChanged(e.target.value < filters.from ? e.target.value : filters.from, e.target.value)
            }
          />
        </label>
        <MultiSelect
          label="Sector"
          selected={filters.sectors}
          groups={[
            { label: 'Sectors', options: (sectors?.records ?? []).map((s) => ({ value: s.id, label: s.label })) },
          ]}
          onChange={actions.sectorsChanged}
        />
        <MultiSelect
          label="Region"
          selected={filters.regions}
          groups={regionGroups}
          onChange={actions.regionsChanged}
        />
        <MultiSelect
          label="Status"
          selected={filters.statuses}
          groups={[{ label: 'Statuses', options: STATUS_OPTIONS.map((s) => ({ value: s, label: STATUS_LABELS[s] })) }]}
          onChange={(values) => actions.statusesChanged(values as StatusOption[])}
        />
        <label className="field field--search">
          <span>Search</span>
          <input
            type="search"
            value={filters.search}
            placeholder="Name in English, Русский or 中文"
            aria-describedby={summaryId}
            onChange={(e) => actions.searchChanged(e.target.value)}
          />
        </label>
        <button type="button" className="filter-bar__reset" onClick={actions.filtersReset}>
          Reset filters
        </button>
      </div>
      <p id={summaryId} className="filter-bar__summary" aria-live="polite">
        <span className="visually-hidden">Active filters: </span>
        {describeFilters(filters, labels)}
      </p>
    </section>
  );
}
