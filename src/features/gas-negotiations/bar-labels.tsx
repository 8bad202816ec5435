interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/**
 * Direct labels of a horizontal bar chart: each bar's name above it (so a long name never clips in a label column on
 * a phone) and its value at its end. The chart's top margin and row gap leave room for the name line.
 */
export function barLabels(items: readonly { name: string; value: string }[]) {
  return function BarLabel({ x = 0, y = 0, width = 0, height = 0, index = 0 }: LabelProps) {
    const d = items[index];
    if (!d) return null;
    const top = Number(y);
    return (
      <g>
        <text x={Number(x)} y={top - 5} fontSize={12} fill="currentColor">
          {d.name}
        </text>
        <text
          x={Number(x) + Number(width) + 6}
          y={top + Number(height) / 2}
          dominantBaseline="central"
          fontSize={12}
          fontWeight={700}
          fill="currentColor"
        >
          {d.value}
        </text>
      </g>
    );
  };
}
