import type { ReactElement } from 'react';
import { SourceLink } from '@/components/source-links/source-link';
import type { DatasetRecord } from '@/data/schemas/registry';
import { publisherLabel, resolveSources } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';

type Source = DatasetRecord<'sources'>;

/** A record's sources as links that open in a new tab; a source without a safe http(s) address is shown as text. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: readonly Source[] }): ReactElement {
  return (
    <div className="payments__sources">
      <p className="payments__sources-title">Sources</p>
      <ul>
        {resolveSources(ids, sources).map((source) => {
          if (!source.record) return <li key={source.id}>{source.id} (not in the source list)</li>;
          const text = `${publisherLabel(source)}: ${source.title}${source.date ? ` (${formatPartialDate(source.date)})` : ''}`;
          return (
            <li key={source.id}>
              <SourceLink source={source}>
                {text}
                {source.href && <span className="visually-hidden"> (opens in a new tab)</span>}
              </SourceLink>
              {!source.href && (
                <>
                  {' '}
                  <span className="muted">(no web address{source.note ? `: ${source.note}` : ''})</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
