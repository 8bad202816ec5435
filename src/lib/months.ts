/** Month keys are `YYYY-MM` strings: they sort and compare as plain strings. */
export type MonthKey = string;

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
/**
 * The first month of the time window, and its default start: early enough for every dated record in data/ (the
 * oldest project dates are from 2003), so the default window shows all the data. A later start hid the projects
 * signed and finished before it, with no way to reach them (src/domain/window-covers-data.test.ts keeps it so).
 */
export const FIRST_MONTH: MonthKey = '2003-01';

export function isMonthKey(value: string): value is MonthKey {
  return MONTH_PATTERN.test(value);
}

export function monthOf(date: Date): MonthKey {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The window's last selectable month: the current month, read once when the app starts. */
export const CURRENT_MONTH: MonthKey = monthOf(new Date());

/** Every month from `from` to `to` inclusive. */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * The span a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers, as month keys: `2022` covers 2022-01…2022-12.
 */
export function partialDateSpan(date: string): { first: MonthKey; last: MonthKey } {
  const year = date.slice(0, 4);
  if (date.length === 4) return { first: `${year}-01`, last: `${year}-12` };
  const month = date.slice(0, 7);
  return { first: month, last: month };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-03` → `Mar 2024`; `2024-03-21` → `21 Mar 2024`; `2024` → `2024`. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const name = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${name} ${y}` : `${name} ${y}`;
}
