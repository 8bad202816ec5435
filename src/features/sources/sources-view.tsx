import { useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '@/data/load-dataset';
import { formatPartialDate } from '@/lib/months';
import { safeHttpUrl } from '@/lib/safe-url';
import { useAllDatasets } from '@/store/hooks';
import { selectSourceIndex } from './sources-selectors';

/** Every source the dashboard cites, with what cites it: the audit trail behind every figure. */
export function SourcesView() {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const datasets = useAllDatasets();
  const entries = useMemo(
    () => (open ? selectSourceIndex(datasets as LoadedDataset[], search) : []),
    [open, datasets, search],
  );

  return (
    <section className="sources-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {open ? 'Hide sources' : 'Show all sources'}
      </button>
      {open && (
        <>
          <label className="field field--inline">
            <span>Find a source</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <p aria-live="polite">{entries.length} sources listed.</p>
          <ol className="sources-view__list" tabIndex={0} aria-label="Sources">
            {entries.map(({ source, citedBy }) => {
              const href = safeHttpUrl(source.url);
              return (
                <li key={source.id} id={`source-${source.id}`}>
                  <p>
                    <strong>{source.publisher}</strong>:{' '}
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                    {source.date ? ` (${formatPartialDate(source.date)})` : ' (date not known)'} · {source.language}
                    <span className="muted"> · id {source.id}</span>
                  </p>
                  {source.note && <p className="muted">{source.note}</p>}
                  <p className="muted">
                    Cited by{' '}
                    {citedBy.length === 0 ? 'no record' : citedBy.map((c) => `${c.dataset} › ${c.recordId}`).join(', ')}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
