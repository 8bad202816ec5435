import type { Confidence } from '@/data/schemas/common';

const TEXT: Record<Confidence, string | null> = {
  confirmed: null,
  derived: '≈ derived',
  approximate: '≈ approximate',
  'seed-only': 'seed article only',
};

/** A visible mark on every value that is not plainly confirmed by a cited source. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const text = TEXT[confidence];
  return text ? <span className={`badge badge--${confidence}`}>{text}</span> : null;
}
