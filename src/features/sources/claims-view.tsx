import { useId, useMemo } from 'react';
import { useAllDatasets } from '@/store/hooks';
import { selectCheckedClaims } from './claims-selectors';

/**
 * The project's source article, checked: each of its claims that later reporting corrects, with what the dashboard
 * shows instead and why. Panels show the corrected figures; this is the one list of every correction.
 */
export function ClaimsView() {
  const headingId = useId();
  const datasets = useAllDatasets();
  const claims = useMemo(() => selectCheckedClaims(datasets), [datasets]);
  return (
    <section className="sources-view" aria-labelledby={headingId}>
      <h2 id={headingId}>The source article’s claims, checked</h2>
      <details>
        <summary>
          {claims.length} claim{claims.length === 1 ? '' : 's'} from the article the project started from, each with the
          corrected figure the dashboard shows
        </summary>
        <ol className="sources-view__list" tabIndex={0} aria-label="Claims and corrections">
          {claims.map(({ dataset, recordId, subject, claim }) => (
            <li key={`${dataset}-${recordId}`}>
              <p>
                <strong>{subject}</strong>{' '}
                <span className="muted">
                  ({dataset} › {recordId})
                </span>
              </p>
              <p>Article: {claim.wording}</p>
              <p>Shown instead: {claim.correction}</p>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
