export const EVENT_ROW_GAP = 4;

/** The top margin a chart needs for `rows` rows of event labels (see EventLabelLayer). */
export function eventBandHeight(rows: number, fontSize = 11): number {
  return rows * (fontSize + EVENT_ROW_GAP) + 6;
}
