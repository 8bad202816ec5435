import { afterEach, describe, expect, it } from 'vitest';
import { inlineSvgStylesOnto } from './svg-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart whose paint comes from the page's stylesheet (class rules), as recharts' and the app's charts do. */
function chartInPage(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = `
    .chart { fill: rgb(1, 2, 3); font-size: 12px; }
    .bar { fill: rgb(200, 0, 0); }
    .hidden { display: none; }`;
  document.head.append(style);
  const holder = document.createElement('div');
  holder.innerHTML = `<svg xmlns="${SVG_NS}" class="chart" width="100" height="50">
      <g class="layer"><rect class="bar" fill="#00ff00" width="10" height="10"/><text fill="#00ff00">a</text></g>
      <g class="hidden"><rect width="5" height="5"/></g>
    </svg>`;
  document.body.append(holder);
  return holder.querySelector('svg') as SVGSVGElement;
}

function copyOf(svg: SVGSVGElement): SVGSVGElement {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  return doc.importNode(svg, true);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('inlineSvgStylesOnto', () => {
  it('writes what the page’s CSS computes onto the copy, and leaves the chart in the page as it was', () => {
    const chart = chartInPage();
    const before = chart.outerHTML;
    const copy = copyOf(chart);
    inlineSvgStylesOnto(chart, copy);
    expect(chart.outerHTML).toBe(before);
    expect(copy.getAttribute('fill')).toBe('rgb(1, 2, 3)');
    expect(copy.getAttribute('font-size')).toBe('12px');
    // The class rule wins over the bar's own fill attribute, as it does in the page.
    expect(copy.querySelector('.bar')?.getAttribute('fill')).toBe('rgb(200, 0, 0)');
  });

  it('leaves out a value the element inherits, dropping a stale attribute the page’s CSS overrode', () => {
    const chart = chartInPage();
    const text = chart.querySelector('text') as SVGTextElement;
    text.style.fill = 'rgb(1, 2, 3)';
    const copy = copyOf(chart);
    inlineSvgStylesOnto(chart, copy);
    const layer = copy.querySelector('.layer') as Element;
    expect(layer.hasAttribute('fill')).toBe(false);
    expect(layer.hasAttribute('font-size')).toBe(false);
    // Its fill="#00ff00" would have drawn green; the inherited value the page shows is what the copy inherits.
    expect(copy.querySelector('text')?.getAttribute('fill')).toBeNull();
  });

  it('marks an element the page does not display', () => {
    const chart = chartInPage();
    const copy = copyOf(chart);
    inlineSvgStylesOnto(chart, copy);
    expect(copy.querySelector('.hidden')?.getAttribute('display')).toBe('none');
  });

  it('refuses a target that is not a copy of the chart', () => {
    const chart = chartInPage();
    const copy = copyOf(chart);
    copy.querySelector('.layer')?.remove();
    expect(() => inlineSvgStylesOnto(chart, copy)).toThrow(/not a copy/);
  });
});
