import { describe, expect, it } from 'vitest';
import { frameSize } from './chart-presets';
import { layoutPublished, type PublishedCaption } from './published-layout';

const caption: PublishedCaption = {
  title: 'Russian pipeline gas to Europe fell ten-fold while Power of Siberia 1 filled up',
  subtitle: 'Billion cubic metres a year · All data, Jan 2000 – Dec 2026',
  sourceLines: ['Sources:', '1. Gazprom, “Annual report”, 2024', '2. Reuters, “Flows”, 2025'],
  slideSourceLine: 'Sources: Gazprom, Reuters',
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

  it('prints a long publisher line on a slide in fitted fine print, not the numbered list, and keeps the chart', () => {
    const publishers = Array.from({ length: 300 }, (_, i) => `Publisher number ${i + 1}`);
    const long = { ...caption, slideSourceLine: `Sources: ${publishers.join(', ')}` };
    const l = layoutPublished(long, frameSize('slide-16-9', 1200), 320);
    const text = l.lines.map((t) => t.text).join(' ');
    expect(text).toContain('Publisher number 1,');
    expect(text).toContain('Publisher number 300');
    expect(text).not.toContain('1. Gazprom');
    expect(Math.max(...l.lines.map((t) => t.y))).toBeLessThanOrEqual(540);
    expect(l.chart.height).toBeGreaterThan(540 * 0.45);
    const sourceLine = l.lines.find((t) => t.text.startsWith('Sources: Publisher'));
    expect(sourceLine?.size).toBeLessThan(11);
  });

  it('keeps the chart height on the 1× preset and grows the frame around it', () => {
    const l = layoutPublished(caption, frameSize('1x', 700), 320);
    expect(l.chart.height).toBe(320);
    expect(l.height).toBeGreaterThan(320 + 100);
    const titles = l.lines.filter((t) => t.weight === 700);
    expect(titles[0]?.y).toBeLessThan(l.chart.y);
    const footer = l.lines.filter((t) => t.y > l.chart.y + l.chart.height);
    expect(footer.map((t) => t.text).join(' ')).toContain('2. Reuters');
  });

  it('wraps every line inside the frame', () => {
    const l = layoutPublished(caption, frameSize('1x', 360), 200);
    for (const t of l.lines) expect(t.text.length * t.size * 0.56).toBeLessThanOrEqual(l.width - t.x);
  });
});
