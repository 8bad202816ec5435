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
  it('escapes the title and address in the iframe snippet', () => {
    const html = embedSnippet(place, 'gas-price', 'Gas "prices" <fell> & rose');
    expect(html).toContain('src="https://bri.example/app/?from=2019-01&amp;to=2024-12#embed=gas-price"');
    expect(html).toContain('title="Gas &quot;prices&quot; &lt;fell&gt; &amp; rose"');
    expect(html.startsWith('<iframe ')).toBe(true);
  });
});
