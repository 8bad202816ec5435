import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCardTab } from '@/testing/card-tabs';
import { realDataset } from '@/testing/real-data';
import { renderWithBodies } from '@/testing/render-with-providers';
import { BorderMapPanel } from './border-map-panel';

const root = resolve(import.meta.dirname, '../../..');
const files: Record<string, string> = {
  'countries-110m.json': readFileSync(resolve(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8'),
  'rivers.geojson': readFileSync(resolve(root, 'data/rivers.geojson'), 'utf8'),
};
const places = realDataset('places').records;
const sourced = places.filter((p) => p.kind === 'crossing' && p.location?.confidence === 'confirmed');
const approximate = places.find((p) => p.kind === 'crossing' && p.location?.confidence === 'approximate');
const unlocated = places.find((p) => p.location === null);

// jsdom cannot fetch relative URLs: the basemap asset and the rivers file are served from the repository.
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = Object.keys(files).find((f) => String(url).endsWith(f));
      return name ? new Response(files[name]) : new Response('not found', { status: 404 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());
// Load the lazy map module (Leaflet) once, outside the tests' own time limits.
beforeAll(async () => {
  await import('./border-map');
}, 30000);

const region = () => screen.getByRole('region', { name: 'Border crossings' });
const map = async () => {
  await waitFor(() => expect(region().querySelector('.leaflet-container')).not.toBeNull(), { timeout: 10000 });
  return region().querySelector<HTMLElement>('.leaflet-marker-pane') as HTMLElement;
};

// Leaflet in jsdom with the real data is slow on a shared 2-core machine; the limits leave room for that.
describe('BorderMapPanel', { timeout: 20000 }, () => {
  it('draws the basemap, the rivers and a focusable marker named after each sourced crossing', async () => {
    await renderWithBodies(<BorderMapPanel />);
    const markers = await map();
    await waitFor(() => expect(region().querySelectorAll('path.border-map__country').length).toBeGreaterThan(100));
    expect(region().querySelectorAll('path.border-map__river').length).toBeGreaterThan(0);
    expect(sourced.length).toBeGreaterThan(0);
    for (const p of sourced) {
      const marker = within(markers).getByRole('button', { name: p.name.en });
      expect(marker).toHaveAttribute('tabindex', '0');
    }
  });

  it('draws approximate locations differently, says so in the legend, and lists unlocated places', async () => {
    const { user } = await renderWithBodies(<BorderMapPanel />);
    const markers = await map();
    expect(within(markers).getByRole('button', { name: approximate?.name.en })).toHaveClass(
      'border-marker--approximate',
    );
    expect(within(markers).getByRole('button', { name: sourced[0]?.name.en })).not.toHaveClass(
      'border-marker--approximate',
    );
    expect(within(region()).getByRole('group', { name: 'Map legend' })).toHaveTextContent(/approximate location/);
    expect(within(markers).queryByRole('button', { name: unlocated?.name.en })).toBeNull();
    await openCardTab(user, region(), 'Places');
    const list = within(region()).getByRole('navigation', { name: 'Places on the map' });
    expect(within(list).getByRole('button', { name: unlocated?.name.en }).closest('li')).toHaveTextContent(
      'location not sourced',
    );
  });

  // Enter on the focused marker (jsdom has no layout, so Leaflet cannot place a mouse click; the browser test clicks).
  it('Enter on a marker opens its card with names, status and source links that open in a new tab', async () => {
    const { user, store } = await renderWithBodies(<BorderMapPanel />);
    const markers = await map();
    const target = sourced[0];
    within(markers).getByRole('button', { name: target?.name.en }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selectedCrossingId).toBe(target?.id);
    const card = await within(region()).findByRole('article', { name: target?.name.en });
    if (target?.name.ru) expect(card).toHaveTextContent(target.name.ru);
    const links = within(card).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('the list selects by keyboard, and "Filter to this region" sets the shared Region filter', async () => {
    const { user, store } = await renderWithBodies(<BorderMapPanel />);
    await map();
    await openCardTab(user, region(), 'Places');
    const list = within(region()).getByRole('navigation', { name: 'Places on the map' });
    const button = within(list).getByRole('button', { name: sourced[0]?.name.en });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    // Choosing a place in the list shows it on the map, with its card.
    expect(within(region()).getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
    const card = within(region()).getByRole('article', { name: sourced[0]?.name.en });
    const regionId = sourced[0]?.regions[0] ?? '';
    await user.click(within(card).getAllByRole('button', { name: /^Filter to this region/ })[0] as HTMLElement);
    expect(store.getState().filters.regions).toEqual([regionId]);
  });

  it('a shared filter removes markers and updates the summary', async () => {
    const closed = places.filter((p) => p.status === 'closed' && p.location);
    await renderWithBodies(<BorderMapPanel />, {
      view: { filters: { ...(await import('@/domain/view-state')).DEFAULT_FILTERS, statuses: ['closed'] } },
    });
    const markers = await map();
    await waitFor(() => expect(within(markers).getAllByRole('button').length).toBe(closed.length));
    expect(within(region()).getByText(/crossings? shown/)).toBeInTheDocument();
  });

  it('highlights the project selected in the investment panel, and shows the places as a data table', async () => {
    const project = realDataset('projects').records.find((p) => p.location);
    const { user } = await renderWithBodies(<BorderMapPanel />, { view: { selectedProjectId: project?.id ?? null } });
    const markers = await map();
    const marker = within(markers).getByRole('button', { name: `${project?.name.en} (investment project)` });
    expect(marker).toHaveClass('border-marker--selected');
    expect(marker).toHaveAttribute('aria-pressed', 'true');
    await openCardTab(user, region(), 'Table');
    const table = within(region()).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(places.length + 1);
    expect(within(table).getAllByText('location not sourced').length).toBe(
      places.filter((p) => p.location === null).length,
    );
  });

  it('online tiles are off until the user turns them on, then the attribution names OpenStreetMap', async () => {
    const { user } = await renderWithBodies(<BorderMapPanel />);
    await map();
    expect(region().querySelector('.leaflet-tile-pane img')).toBeNull();
    await user.click(within(region()).getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' }));
    await waitFor(() =>
      expect(region().querySelector('.leaflet-control-attribution')).toHaveTextContent(/OpenStreetMap/),
    );
    expect(within(region()).getByRole('group', { name: 'Map legend' })).toHaveTextContent(/OpenStreetMap contributors/);
  });
});
