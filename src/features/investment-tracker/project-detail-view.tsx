import type { ProjectDetail } from './project-detail';
import { SourceList } from './source-list';

/** A project's full record: every field (missing ones said as such) and every source with its link. */
export function ProjectDetailView({ detail, name }: { detail: ProjectDetail; name: string }) {
  return (
    <div className="project-detail">
      {detail.otherNames.length > 0 && <p className="invest__note">Also: {detail.otherNames.join(' · ')}</p>}
      <dl>
        {detail.facts.map((f) => (
          <div key={f.term}>
            <dt>{f.term}</dt>
            <dd>{f.value ?? <span className="missing">not sourced</span>}</dd>
          </div>
        ))}
      </dl>
      <SourceList sources={detail.sources} label={`Sources for ${name}`} />
    </div>
  );
}
