import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlaceList } from './place-list';
import type { PlaceView } from './place-view';

/** Only what the list reads; the rest of a place's view is for the card and the map. */
const placeOf = (i: number) =>
  ({
    id: `place-${i}`,
    name: { en: `Place ${i + 1}` },
    kindLabel: 'Road crossing',
    statusLabel: 'Open',
    location: null,
  }) as unknown as PlaceView;
const places = Array.from({ length: 250 }, (_, i) => placeOf(i));

const listItems = () => within(screen.getByRole('navigation', { name: 'Places on the map' })).getAllByRole('listitem');

describe('the list of places, the keyboard route to every place on the map', () => {
  it('draws the first 100 places and every one on request, the focus going on from the 101st', async () => {
    const user = userEvent.setup();
    render(<PlaceList places={places} selectedId={null} onSelect={() => {}} />);
    expect(listItems()).toHaveLength(100);
    expect(screen.getByText(/Showing the first 100 of 250 places/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 250: Places on the map' }));
    expect(listItems()).toHaveLength(250);
    expect(listItems()[100]).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Place 101' })).toHaveFocus();
    // Once the focus has moved on, the row is an ordinary row again (no stray tab stop, no focus on a click).
    expect(listItems()[100]).not.toHaveAttribute('tabindex');
  });

  it('says every place is shown when the place picked on the map is the last one, and offers no "Show all"', () => {
    render(<PlaceList places={places.slice(0, 150)} selectedId="place-149" onSelect={() => {}} />);
    expect(listItems()).toHaveLength(150);
    expect(screen.getByText(/Showing all 150 places/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('moves the focus only for the click that drew the rows, not when the list changes later', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<PlaceList places={places} selectedId={null} onSelect={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Show all 250: Places on the map' }));
    expect(listItems()[100]).toHaveFocus();
    const elsewhere = screen.getByRole('button', { name: 'Place 3' });
    await user.click(elsewhere);
    // New filters: other places (new rows) now stand at and after row 101.
    rerender(<PlaceList places={[...places].reverse()} selectedId={null} onSelect={() => {}} />);
    expect(listItems()).toHaveLength(250);
    expect(elsewhere).toHaveFocus();
  });

  it('always draws the place picked on the map, however far down the list', () => {
    render(<PlaceList places={places} selectedId="place-219" onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: 'Place 220', pressed: true })).toBeInTheDocument();
    expect(listItems()).toHaveLength(220);
  });
});
