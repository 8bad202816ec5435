import { describe, expect, it } from 'vitest';
import type { ExportCaption } from './caption';
import { chartParts, composeSvg } from './svg-export';

const caption: ExportCaption = {
  title: 'Gas negotiations',
  subtitle: 'Jan 2022 – Dec 2024 · Status: Agreed',
  sourceLines: ['Sources:', '1. TASS, “Gas talks”, Mar 2024', '2. Reuters, “Flows”'],
  publisherLine: 'Sources: TASS, Reuters',
  asOfLine: 'Data as of Mar 2025',
  urlLine: 'Dashboard view: https://x.test/?v=1&to=2024-12',
};

/** A panel body as recharts draws it: a heading, a wrapper with the surface and an HTML legend, plus a list. */
function stage(): HTMLElement {
  const body = document.createElement('div');
  body.innerHTML = `
    <section><h3>Capacity and flows (bcm)</h3>
      <div class="recharts-wrapper">
        <svg class="recharts-surface" width="600" height="300" viewBox="0 0 600 300" style="width:100%">
          <defs><pattern id="hatch"><path d="M0 0L4 4" stroke="#000"/></pattern></defs>
          <rect class="bar" x="10" y="10" width="50" height="200" fill="url(#hatch)"/>
        </svg>
        <div class="recharts-legend-wrapper"><ul>
          <li class="recharts-legend-item"><svg class="recharts-surface" width="14" height="14"><path d="M0 0h14v14z" fill="#0072b2"/></svg><span>Power of Siberia 1 (bcm)</span></li>
        </ul></div>
      </div>
    </section>
    <ul class="events"><li>Not a legend</li></ul>`;
  document.body.append(body);
  return body;
}

describe('chartParts', () => {
  it('finds the main surface with its heading and legend, not the legend icon or other lists', () => {
    const parts = chartParts(stage());
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({
      width: 600,
      height: 300,
      heading: 'Capacity and flows (bcm)',
      legend: [{ text: 'Power of Siberia 1 (bcm)' }],
    });
  });
});

describe('composeSvg', () => {
  function parse(background: 'white' | 'transparent'): Document {
    const svg = composeSvg(chartParts(stage()), caption, background);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    return doc;
  }

  it('writes the caption as real text: title and filters above, sources, date and view address below', () => {
    const texts = [...parse('white').querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Gas negotiations');
    expect(texts[1]).toBe('Jan 2022 – Dec 2024 · Status: Agreed');
    expect(texts).toContain('Capacity and flows (bcm)');
    expect(texts).toContain('Power of Siberia 1 (bcm)');
    // Every source, one numbered line each.
    expect(texts.slice(-5)).toEqual([
      'Sources:',
      '1. TASS, “Gas talks”, Mar 2024',
      '2. Reuters, “Flows”',
      'Data as of Mar 2025',
      'Dashboard view: https://x.test/?v=1&to=2024-12',
    ]);
  });

  it('keeps the chart with its own definitions (hatching), sized and placed, without page styles', () => {
    const doc = parse('white');
    const chart = doc.documentElement.querySelector(':scope > svg[viewBox="0 0 600 300"]');
    expect(chart?.getAttribute('width')).toBe('600');
    expect(chart?.hasAttribute('style')).toBe(false);
    expect(chart?.querySelector('pattern#hatch')).not.toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Gas negotiations');
  });

  it.each([
    ['white', 1],
    ['transparent', 0],
  ] as const)('%s background → %i background rect', (background, count) => {
    expect(parse(background).querySelectorAll(':scope > rect[fill="#ffffff"]').length).toBe(count);
  });
});
