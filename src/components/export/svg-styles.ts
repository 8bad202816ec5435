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

const URL_REF = /url\(\s*["']?#([^"')\s]+)["']?\s*\)/g;

/** Ids referenced with `url(#id)` or `href="#id"` inside `root` that `root` does not define. */
export function missingReferences(root: Element): string[] {
  const defined = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
  const wanted = new Set<string>();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of el.attributes) {
      for (const m of attr.value.matchAll(URL_REF)) if (m[1]) wanted.add(m[1]);
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
