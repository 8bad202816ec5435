/**
 * A chart's look often comes from the page's stylesheet (class rules, CSS variables, the theme). An SVG file, and the
 * SVG html-to-image rasterises, carry no stylesheet, so each element gets its computed paint and font written onto it
 * as presentation attributes (attributes, not `style`, so the page's CSP never sees an inline style).
 */
const PROPERTIES = [
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Writes computed styles of every element of `svg` (which must be in the document) onto itself. */
export function inlineSvgStyles(svg: SVGSVGElement): void {
  const view = svg.ownerDocument.defaultView;
  if (!view) return;
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none') {
      el.setAttribute('display', 'none');
      continue;
    }
    for (const name of PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value) el.setAttribute(name, value);
    }
  }
}

/**
 * Whether an element's value can be left out of the file: it inherits it. `opacity` is not inherited (left out when
 * 1); `dominant-baseline` is not inherited in SVG 1.1 (Illustrator) but is in CSS (Chrome), so it is left out only
 * when it is the initial `auto` and so is its parent's.
 */
function inherits(name: string, value: string, parentValue: string | undefined): boolean {
  if (name === 'opacity') return value === '1';
  if (name === 'dominant-baseline') return value === 'auto' && (parentValue ?? 'auto') === 'auto';
  return parentValue === value;
}

/**
 * Writes the computed styles of `source` (in the document) onto `target`, a deep copy of it (`importNode(source,
 * true)`, before anything is removed from it). All styles are read before anything is written, so the browser works
 * out the chart's styles once instead of once per element (writing onto the live chart invalidated them each time),
 * and the chart in the page is left as it is. A value the element would inherit anyway (the same as its parent's) is
 * not repeated: the file draws the same and is smaller to serialise, parse and rasterise.
 */
export function inlineSvgStylesOnto(source: SVGSVGElement, target: Element): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [target, ...target.querySelectorAll('*')];
  if (from.length !== to.length) throw new Error('inlineSvgStylesOnto: the target is not a copy of the source');
  // Read phase: null marks an element that is not displayed.
  const values = from.map((el) => {
    const style = view.getComputedStyle(el);
    return style.display === 'none' ? null : PROPERTIES.map((name) => style.getPropertyValue(name));
  });
  const index = new Map(from.map((el, i) => [el, i]));
  // Write phase, onto the copy only.
  to.forEach((el, i) => {
    const own = values[i];
    if (own === undefined) return;
    if (own === null) {
      el.setAttribute('display', 'none');
      return;
    }
    const parentAt = i === 0 ? undefined : index.get(from[i]?.parentElement as Element);
    const inherited = parentAt === undefined ? null : values[parentAt];
    PROPERTIES.forEach((name, k) => {
      const value = own[k];
      if (!value) return;
      // A presentation attribute the copy carries from the chart may differ from what the page's CSS computed.
      if (inherits(name, value, inherited?.[k])) el.removeAttribute(name);
      else el.setAttribute(name, value);
    });
  });
}

const URL_REF = /url\(\s*["']?#([^"')\s]+)["']?\s*\)/g;

/** Ids referenced with `url(#id)` or `href="#id"` inside `root` that `root` does not define. */
export function missingReferences(root: Element): string[] {
  const defined = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
  const wanted = new Set<string>();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of el.attributes) {
      if (attr.value.includes('url(')) for (const m of attr.value.matchAll(URL_REF)) if (m[1]) wanted.add(m[1]);
      if (attr.localName === 'href' && attr.value.startsWith('#')) wanted.add(attr.value.slice(1));
    }
  }
  return [...wanted].filter((id) => !defined.has(id));
}

/**
 * Copies definitions (patterns for hatching, gradients, markers) that the chart references but that live elsewhere in
 * the page into a `<defs>` of `svg`, so the export draws the same marks.
 */
export function copyMissingDefs(svg: SVGSVGElement, source: Document): void {
  const ids = missingReferences(svg);
  if (ids.length === 0) return;
  const doc = svg.ownerDocument;
  const defs = doc.createElementNS('http://www.w3.org/2000/svg', 'defs');
  for (const id of ids) {
    const def = source.getElementById(id);
    if (def) defs.append(doc.importNode(def, true));
  }
  if (defs.childNodes.length) svg.prepend(defs);
}
