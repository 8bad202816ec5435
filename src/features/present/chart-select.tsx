import { isChartId, type ChartId } from '@/domain/chart-ids';
import { CHART_CHOICES } from './chart-choices';

/** The labelled choice of the chart a slide shows (Save view and the deck's slide editor). */
export function ChartSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: ChartId;
  onChange: (chart: ChartId) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => isChartId(e.target.value) && onChange(e.target.value)}>
        {CHART_CHOICES.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
