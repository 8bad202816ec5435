import { describe, expect, it } from 'vitest';
import { buildEvent, buildSource, windowFilters } from './gas-test-builders';
import { eventSources, selectTimeline } from './timeline-selectors';

const EVENTS = [
  buildEvent({
    id: 'pos2-memo',
    date: '2025-09-02',
    title: 'PoS-2 memorandum',
    marker: 'legally-binding-memorandum',
    actors: ['gazprom'],
    quote: { speaker: 'Alexei Miller', text: 'legally binding' },
  }),
  buildEvent({
    id: 'fer-contract',
    date: '2022-02-04',
    title: 'Far Eastern contract',
    marker: 'contract',
    actors: ['gazprom', 'cnpc'],
  }),
  buildEvent({
    id: 'xi-moscow',
    date: '2023-03',
    title: 'Xi in Moscow',
    marker: 'no-deal',
    actors: ['beijing', 'kremlin'],
    detail: 'Readout omits the pipeline',
  }),
];

describe('selectTimeline', () => {
  it.each([
    {
      name: 'whole window, oldest first',
      from: '2014-01',
      to: '2026-12',
      search: '',
      ids: ['fer-contract', 'xi-moscow', 'pos2-memo'],
    },
    { name: 'window 2023', from: '2023-01', to: '2023-12', search: '', ids: ['xi-moscow'] },
    {
      name: 'a month-precision date is inside a one-month window',
      from: '2023-03',
      to: '2023-03',
      search: '',
      ids: ['xi-moscow'],
    },
    { name: 'search matches the quote', from: '2014-01', to: '2026-12', search: 'BINDING', ids: ['pos2-memo'] },
    { name: 'search matches the speaker', from: '2014-01', to: '2026-12', search: 'miller', ids: ['pos2-memo'] },
    { name: 'search matches an actor label', from: '2014-01', to: '2026-12', search: 'CNPC', ids: ['fer-contract'] },
    {
      name: 'search matches the status marker',
      from: '2014-01',
      to: '2026-12',
      search: 'price not agreed',
      ids: ['xi-moscow'],
    },
    { name: 'search and window combine', from: '2024-01', to: '2026-12', search: 'contract', ids: [] },
  ])('$name', ({ from, to, search, ids }) => {
    expect(selectTimeline(EVENTS, [], windowFilters(from, to, search)).map((e) => e.id)).toEqual(ids);
  });

  it('says who took part, the status marker and the quote', () => {
    const [item] = selectTimeline(EVENTS, [], windowFilters('2025-01', '2025-12'));
    expect(item).toMatchObject({
      dateLabel: '2 Sep 2025',
      markerLabel: 'Legally binding memorandum',
      actors: ['Gazprom'],
      quote: { speaker: 'Alexei Miller', text: 'legally binding' },
    });
  });
});

describe('eventSources', () => {
  it.each([
    {
      name: 'a known https source becomes a link',
      source: buildSource({ id: 'a', url: 'https://tass.com/economy/1' }),
      href: 'https://tass.com/economy/1',
      title: 'A report',
    },
    {
      name: 'a source without a URL stays text',
      source: buildSource({ id: 'a', url: null, note: 'seed' }),
      href: null,
      title: 'A report',
    },
    {
      name: 'a javascript: URL is never a link',
      source: buildSource({ id: 'a', url: 'javascript:alert(1)' }),
      href: null,
      title: 'A report',
    },
    {
      name: 'an unknown id is shown as not found',
      source: buildSource({ id: 'other' }),
      href: null,
      title: 'a (not found in sources.json)',
    },
  ])('$name', ({ source, href, title }) => {
    const [link] = eventSources(['a'], [source]);
    expect(link?.href).toBe(href);
    expect(link?.title).toBe(title);
  });
});
