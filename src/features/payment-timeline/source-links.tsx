import type { ReactElement } from 'react';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import { safeHttpUrl } from '@/lib/safe-url';
import { sourcesById } from '@/data/source-index';

type Source = DatasetRecord<'sources'>;

/** A record's sources as links that open in a new tab; a source without a safe http(s) address is shown as text. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: readonly Source[] }): ReactElement {
  const byId = sourcesById(sources);
  return (
    <div className="payments__sources">
      <p className="payments__sources-title">Sources</p>
      <ul>
        {ids.map((id) => {
          const source = byId.get(id);
          if (!source) return <li key={id}>{id} (not in the source list)</li>;
          const href = safeHttpUrl(source.url);
          const text = `${source.publisher}: ${source.title}${source.date ? ` (${formatPartialDate(source.date)})` : ''}`;
          return (
            <li key={id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {text}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                <>
                  {text} <span className="muted">(no web address{source.note ? `: ${source.note}` : ''})</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
