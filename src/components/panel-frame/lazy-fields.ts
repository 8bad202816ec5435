/**
 * An object whose fields are computed the first time they are read, then kept. A panel's view is computed on every
 * filter change, but the charts of a closed "More charts" tab draw nothing (see CardSlot): with lazy fields a filter
 * change computes only what is drawn (the hero and the table), and opening the tab, a slide or an export reads the
 * rest from the same view. The fields are enumerable, so the object compares and prints like a plain one.
 */
export function lazyFields<T extends object>(compute: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(compute) as (keyof T)[]) {
    let done = false;
    let value: T[typeof key];
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        if (!done) {
          value = compute[key]();
          done = true;
        }
        return value;
      },
    });
  }
  return Object.freeze(out);
}
