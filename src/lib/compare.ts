/**
 * Orders ISO dates, month keys and ids by code unit, which is what their format means. Text for people (project
 * names, labels, publishers) keeps localeCompare; keys do not need a collator, whose first use costs tens of
 * milliseconds while the page loads, and which ranks punctuation such as "-" below letters and digits.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
