import type { DatasetName } from '@/data/schemas/registry';
import { useDashboardActions, useImports } from '@/store/hooks';

interface Props {
  /** Called after reverting, so focus can move somewhere that still exists (the banner disappears). */
  onReverted: () => void;
}

/** Says which files an import replaced, from which file, and offers the way back. Shown while any import is in use. */
export function ImportBanner({ onReverted }: Props) {
  const imports = useImports();
  const { importsReverted } = useDashboardActions();
  const entries = Object.entries(imports) as [DatasetName, { fileName: string }][];
  if (entries.length === 0) return null;
  return (
    <div className="import-banner" role="region" aria-label="Imported data">
      <p>Imported data in use: {entries.map(([name, imported]) => `${name} from ${imported.fileName}`).join('; ')}</p>
      <button
        type="button"
        onClick={() => {
          importsReverted();
          onReverted();
        }}
      >
        Revert to bundled data
      </button>
    </div>
  );
}
