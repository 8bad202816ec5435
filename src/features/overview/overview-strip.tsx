import type { Confidence } from '@/data/schemas/common';
import type { OverviewFigure } from './overview-figure';

/** Only estimates and derived figures carry a mark; a confirmed figure is the default and needs none. */
const CONFIDENCE_MARK: Partial<Record<Confidence, string>> = {
  derived: 'Derived',
  approximate: 'Estimate',
  'seed-only': 'Unverified',
};

/** "US$228.1 bn", "38.8 bcm", "95%", "6 operating", or why there is no figure. */
function ValueText({ figure }: { figure: OverviewFigure }) {
  if (figure.value === null) return <span className="overview__missing">{figure.missing}</span>;
  return (
    <span className="overview__amount">
      {figure.prefix}
      <span className="overview__number">{figure.value}</span>
      {figure.unit === '%' ? '%' : <span className="overview__unit"> {figure.unit}</span>}
    </span>
  );
}

function Mark({ figure }: { figure: OverviewFigure }) {
  const mark = figure.value === null ? undefined : CONFIDENCE_MARK[figure.confidence];
  if (!mark) return null;
  return (
    <span className="overview__mark" title={figure.method ?? undefined}>
      {mark}
      {figure.method && <span className="visually-hidden">: {figure.method}</span>}
    </span>
  );
}

function Figure({ figure }: { figure: OverviewFigure }) {
  const { source } = figure;
  return (
    <li className="overview__figure" data-figure={figure.id}>
      <p className="overview__label">{figure.label}</p>
      <p className="overview__value">
        <ValueText figure={figure} />
        {figure.change && <span className="overview__change">{figure.change}</span>}
        <Mark figure={figure} />
      </p>
      {figure.detail && <p className="overview__detail">{figure.detail}</p>}
      {figure.note && (
        <p className="overview__note" title={figure.noteDetail ?? undefined}>
          {figure.note}
          {figure.noteDetail && <span className="visually-hidden">: {figure.noteDetail}</span>}
        </p>
      )}
      <p className="overview__meta">
        {figure.period && <span className="overview__period">{figure.period}</span>}
        {source && (
          <span>
            Source:{' '}
            {source.href ? (
              <a href={source.href} title={source.title} target="_blank" rel="noopener noreferrer">
                {source.text}
              </a>
            ) : (
              source.text
            )}
          </span>
        )}
      </p>
      <p className="overview__scope">{figure.scope}</p>
    </li>
  );
}

/** The headline figures under the title: a labelled region holding a list, one item per figure. Stateless. */
export function OverviewStrip({ figures }: { figures: readonly OverviewFigure[] }) {
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title" className="visually-hidden">
        Overview
      </h2>
      <ul className="overview__list">
        {figures.map((f) => (
          <Figure key={f.id} figure={f} />
        ))}
      </ul>
    </section>
  );
}
