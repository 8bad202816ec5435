import { describe, expect, it } from 'vitest';
import { embedChartFromHash, embedSnippet, embedUrl } from './embed-link';

const place = { origin: 'https://bri.example', pathname: '/app/', search: '?from=2019-01&to=2024-12' };

describe('embed links', () => {
  it('keeps the view’s filters and names the chart', () => {
    expect(embedUrl(place, 'gas-flows')).toBe('https://bri.example/app/?from=2019-01&to=2024-12#embed=gas-flows');
    expect(embedUrl(place, 'gas-flows', false)).toBe('https://bri.example/app/?from=2019-01&to=2024-12');
    expect(embedChartFromHash('#embed=gas-flows')).toBe('gas-flows');
    expect(embedChartFromHash('#other')).toBeNull();
  });
  it('leaves the theme and the full-screen panel out of the view and embed addresses, keeping the filters', () => {
    const themed = {
      ...place,
      search: '?v=2&from=2019-01&sector=energy%2Cmining&panel=gas&theme=dark&project=yamal-lng',
    };
    expect(embedUrl(themed, 'gas-flows', false)).toBe(
      'https://bri.example/app/?v=2&from=2019-01&sector=energy%2Cmining&project=yamal-lng',
    );
    expect(embedSnippet(themed, 'gas-flows', 'Gas')).toContain(
      'src="https://bri.example/app/?v=2&amp;from=2019-01&amp;sector=energy%2Cmining&amp;project=yamal-lng#embed=gas-flows"',
    );
    // A view that differs from the default only in its theme is the plain address.
    expect(embedUrl({ ...place, search: '?v=2&theme=light' }, 'gas-price')).toBe(
      'https://bri.example/app/#embed=gas-price',
    );
  });
  it('escapes the title and address in the iframe snippet', () => {
    const html = embedSnippet(place, 'gas-price', 'Gas "prices" <fell> & rose');
    expect(html).toContain('src="https://bri.example/app/?from=2019-01&amp;to=2024-12#embed=gas-price"');
    expect(html).toContain('title="Gas &quot;prices&quot; &lt;fell&gt; &amp; rose"');
    expect(html.startsWith('<iframe ')).toBe(true);
  });
  it('marks the iframe for the resize script, which takes only a number from that iframe’s own window', () => {
    const html = embedSnippet(place, 'gas-price', 'Gas');
    expect(html).toContain(' data-bri-embed></iframe>');
    expect(html).toContain('e.data["bri-embed-height"]');
    expect(html).toContain('typeof h!=="number"');
    expect(html).toContain('f.contentWindow===e.source');
    expect(html.endsWith('</script>')).toBe(true);
  });
});
