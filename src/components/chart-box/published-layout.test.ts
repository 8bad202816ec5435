import { describe, expect, it } from 'vitest';
import { frameSize } from './chart-presets';
import { layoutPublished, type PublishedCaption } from './published-layout';

const caption: PublishedCaption = {
  title: 'Russian pipeline gas to Europe fell ten-fold while Power of Siberia 1 filled up',
  subtitle: 'Billion cubic metres a year · All data, Jan 2000 – Dec 2026',
  sourceLines: ['Sources:', '1. Gazprom, “Annual report”, 2024', '2. Reuters, “Flows”, 2025'],
  publishers: { names: ['Gazprom', 'Reuters'], ranked: ['Gazprom', 'Reuters'], sources: 2, numbered: false },
  notes: ['1 2018–2019: 175–180 bcm'],
  asOfLine: 'Data as of Mar 2025',
  creditLine: 'China–Russia BRI dashboard, CC BY 4.0',
  urlLine: 'https://example.org/?embed=gas-flows',
};

describe('layoutPublished', () => {
  it('fills a 16:9 slide: the chart takes the height left between header and footer', () => {
    const frame = frameSize('slide-16-9', 1200);
    const l = layoutPublished(caption, frame, 320);
    expect([l.width, l.height]).toEqual([960, 540]);
    const last = Math.max(...l.lines.map((t) => t.y));
    expect(last).toBeLessThanOrEqual(540);
    expect(l.chart.height).toBeGreaterThan(540 * 0.45);
    expect(l.chart.width).toBeGreaterThan(960 * 0.9);
    expect(l.scale).toBe(1.25);
  });

  it('names the publishers cited most on a slide at legible fine print, says where all are, and keeps the chart', () => {
    const names = Array.from({ length: 300 }, (_, i) => `Publisher number ${i + 1}`);
    // Publisher 300 is cited most: the slide names it first.
    const publishers = { names, ranked: [names[299]!, ...names.slice(0, 299)], sources: 340, numbered: true };
    for (const preset of ['slide-16-9', 'slide-4-3'] as const) {
      const l = layoutPublished({ ...caption, publishers }, frameSize(preset, 1200), 320);
      const footer = l.lines.filter((t) => t.y > l.chart.y + l.chart.height);
      const text = footer.map((t) => t.text).join(' ');
      expect(text).toMatch(/Sources: the \d+ publishers cited most, of 300: Publisher number 300, Publisher number 1,/);
      expect(text).toContain("All 340 sources, from every publisher, are numbered in the chart's SVG and its");
      expect(text).not.toMatch(/and \d+ more/);
      const named = Number(/the (\d+) publishers/.exec(text)?.[1]);
      expect(named).toBeGreaterThanOrEqual(20);
      expect(text).toContain(`Publisher number ${named - 1}. All 340`);
      expect(text).not.toContain(`Publisher number ${named},`);
      expect(Math.min(...l.lines.map((t) => t.size))).toBeGreaterThanOrEqual(9);
      expect(Math.max(...l.lines.map((t) => t.y))).toBeLessThanOrEqual(l.height);
      expect(footer.length * footer[0]!.size * 1.3).toBeLessThanOrEqual(l.height * 0.16 + 0.01);
      expect(l.chart.height).toBeGreaterThan(l.height * 0.55);
    }
    // A page grows instead: every publisher, most cited or not.
    const page = layoutPublished({ ...caption, publishers }, frameSize('2x', 900), 320);
    expect(page.lines.map((t) => t.text).join(' ')).toContain('Publisher number 299,');
  });

  it('sets a slide like a published one: title in at most two lines, subtitle in one, one fine-print size', () => {
    const long = {
      ...caption,
      title:
        'Russian pipeline gas to Europe fell from 175–180 bcm (2018–2019) to ≈18 bcm (2025); Power of Siberia 1 carried 38.8 bcm to China in 2025',
      subtitle:
        'Billion cubic metres (bcm) a year · hatched: the upper end of a range · dotted: approximate · All data, Jan 2003 – Dec 2026',
    };
    for (const preset of ['slide-16-9', 'slide-4-3'] as const) {
      const l = layoutPublished(long, frameSize(preset, 1200), 320);
      const titles = l.lines.filter((t) => t.weight === 700);
      expect(titles.length).toBeLessThanOrEqual(2);
      expect(titles.every((t) => t.size >= 17)).toBe(true);
      const header = l.lines.filter((t) => t.weight === 400 && t.y < l.chart.y);
      expect(header.length).toBeLessThanOrEqual(2);
      const footer = l.lines.filter((t) => t.y > l.chart.y + l.chart.height);
      expect(new Set(footer.map((t) => t.size)).size).toBe(1);
      expect(footer.at(-1)?.text).toMatch(/^Data as of Mar 2025 · /);
      expect(footer[0]?.size).toBeLessThan(titles[0]?.size ?? 0);
      expect(Math.max(...l.lines.map((t) => t.y))).toBeLessThanOrEqual(l.height - 8);
      expect((l.chart.width * l.chart.height) / (l.width * l.height)).toBeGreaterThan(0.55);
    }
  });

  it('draws a chart that needs more height than a slide gives at that height, shrunk whole into the plot', () => {
    const l = layoutPublished(caption, frameSize('slide-16-9', 1200), 860);
    expect(l.draw.height).toBeGreaterThanOrEqual(859);
    expect(l.draw.width / l.draw.height).toBeCloseTo(l.chart.width / l.chart.height, 2);
    const fits = layoutPublished(caption, frameSize('slide-16-9', 1200), 200);
    expect(fits.draw).toEqual({ width: fits.chart.width, height: fits.chart.height });
    const page = layoutPublished(caption, frameSize('1x', 700), 860);
    expect(page.draw).toEqual({ width: page.chart.width, height: 860 });
  });

  it('asks a chart that can lay itself out lower what it needs in the slide’s plot, and draws it at that size', () => {
    // A chart that wants 860 px but can be drawn as low as 300 (the route sketch stretches to its room).
    const flexible = (_width: number, room?: number) => (room === undefined ? 860 : Math.max(300, Math.min(860, room)));
    const slide = layoutPublished(caption, frameSize('slide-16-9', 1200), flexible);
    expect(slide.draw).toEqual({ width: slide.chart.width, height: slide.chart.height });
    // One that needs a quarter more than the room is drawn a quarter larger each way and shrunk whole.
    const larger = layoutPublished(caption, frameSize('slide-16-9', 1200), (_w, room) => 1.25 * (room ?? 320));
    expect(larger.draw.width).toBe(Math.round(1.25 * larger.chart.width));
    expect(larger.draw.height).toBe(Math.round(1.25 * larger.chart.height));
    // A page asks for the height the chart wants.
    expect(layoutPublished(caption, frameSize('1x', 700), flexible).chart.height).toBe(860);
  });

  it('keeps the chart height on the 1× preset and grows the frame around it', () => {
    const l = layoutPublished(caption, frameSize('1x', 700), 320);
    expect(l.chart.height).toBe(320);
    expect(l.height).toBeGreaterThan(320 + 100);
    const titles = l.lines.filter((t) => t.weight === 700);
    expect(titles[0]?.y).toBeLessThan(l.chart.y);
  });

  it('names every publisher once under a 1× or 2× image and numbers every source in the A4 column and the SVG', () => {
    const footerText = (l: ReturnType<typeof layoutPublished>) =>
      l.lines
        .filter((t) => t.y > l.chart.y + l.chart.height)
        .map((t) => t.text)
        .join(' ');
    for (const preset of ['1x', '2x'] as const) {
      const image = footerText(layoutPublished(caption, frameSize(preset, 700), 320));
      expect(image).toContain('Sources: Gazprom, Reuters');
      expect(image).not.toContain('2. Reuters');
    }
    const a4 = footerText(layoutPublished(caption, frameSize('a4-column', 700), 320));
    expect(a4).toContain('1. Gazprom, “Annual report”, 2024');
    expect(a4).toContain('2. Reuters, “Flows”, 2025');
    const svg = footerText(layoutPublished(caption, frameSize('1x', 700, 'numbered'), 320));
    expect(svg).toContain('2. Reuters, “Flows”, 2025');
  });

  it('prints every publisher once in the A4 column when the chart cites more than 20 sources, and where the list is', () => {
    const footerText = (l: ReturnType<typeof layoutPublished>) => l.lines.map((t) => t.text).join(' ');
    const many = (sources: number) => ({
      ...caption,
      sourceLines: ['Sources:', ...Array.from({ length: sources }, (_, i) => `${i + 1}. Reuters, “Story ${i + 1}”`)],
      publishers: { names: ['Reuters', 'TASS'], ranked: ['Reuters', 'TASS'], sources, numbered: true },
    });
    const twenty = footerText(layoutPublished(many(20), frameSize('a4-column', 700), 320));
    expect(twenty).toContain('20. Reuters, “Story 20”');
    const column = layoutPublished(many(21), frameSize('a4-column', 700), 320);
    const text = footerText(column);
    expect(text).not.toContain('1. Reuters, “Story 1”');
    expect(text).toContain("Sources: Reuters, TASS. The 21 sources are numbered in the chart's SVG and its sources");
    // The SVG still numbers all of them.
    const svg = footerText(layoutPublished(many(21), frameSize('1x', 700, 'numbered'), 320));
    expect(svg).toContain('21. Reuters, “Story 21”');
  });

  it('lays a chart from a narrow card out at least 600 px wide for the 1× and 2× images, not as a tall column', () => {
    expect(frameSize('1x', 327).cssWidth).toBe(600);
    expect(frameSize('2x', 327)).toMatchObject({ cssWidth: 600, ratio: 2 });
    expect(frameSize('1x', 900).cssWidth).toBe(900);
  });

  it('wraps every line inside the frame', () => {
    const l = layoutPublished(caption, frameSize('1x', 360), 200);
    for (const t of l.lines) expect(t.text.length * t.size * 0.56).toBeLessThanOrEqual(l.width - t.x);
  });
});

describe('the key of a chart whose legend is on the page', () => {
  const legend = [
    { text: 'Total (US$ bn)', swatch: { width: 28, height: 12 } },
    { text: 'China exports to Russia (US$ bn)', swatch: { width: 28, height: 12 } },
    { text: 'months known only together (one total, not split)', swatch: { width: 20, height: 14 } },
    { text: 'Sanction (3)', swatch: { width: 22, height: 22 } },
    { text: 'Bank action (6)', swatch: { width: 22, height: 22 } },
    { text: 'Statement (2)', swatch: { width: 22, height: 22 } },
  ];

  it('is set under the subtitle, wrapped to the frame, and the chart starts below it', () => {
    for (const preset of ['1x', 'slide-16-9', 'slide-4-3', 'a4-column'] as const) {
      const frame = frameSize(preset, 700);
      const without = layoutPublished(caption, frame, 320);
      const withKey = layoutPublished({ ...caption, legend }, frame, 320);
      expect(withKey.swatches).toHaveLength(legend.length);
      const labels = withKey.lines.filter((l) => legend.some((e) => e.text === l.text));
      expect(labels.map((l) => l.text)).toEqual(legend.map((e) => e.text));
      const subtitleBaseline = Math.max(...without.lines.filter((l) => l.y < without.chart.y).map((l) => l.y));
      for (const [i, box] of withKey.swatches.entries()) {
        expect(box.y).toBeGreaterThan(subtitleBaseline);
        expect(box.y + box.height).toBeLessThanOrEqual(withKey.chart.y);
        // Each swatch is left of its own label, and no label runs past the frame's right margin.
        expect(box.x + box.width).toBeLessThan(labels[i]!.x);
        expect(labels[i]!.x + labels[i]!.text.length * labels[i]!.size * 0.6).toBeLessThanOrEqual(withKey.width);
      }
      // The key takes its rows from the chart, not from the frame: a slide stays its size, a page grows.
      expect(withKey.chart.y).toBeGreaterThan(without.chart.y);
      if (frame.cssHeight) expect(withKey.height).toBe(without.height);
      // Swatches never shrink their letters under 9 px (a marker swatch's smallest letter is 8 px at 22 px high).
      for (const box of withKey.swatches.filter((_, i) => legend[i]!.swatch.height === 22))
        expect((box.height / 22) * 8).toBeGreaterThanOrEqual(9);
    }
  });

  it('changes nothing for a chart without one', () => {
    const frame = frameSize('slide-16-9', 700);
    expect(layoutPublished({ ...caption, legend: [] }, frame, 320)).toEqual(layoutPublished(caption, frame, 320));
  });
});
