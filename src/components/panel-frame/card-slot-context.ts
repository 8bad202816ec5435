import { createContext, useContext } from 'react';

/** Where a body's secondary blocks go: the card's "More" tab and the notes of its "Sources" tab. */
export interface CardSlotTargets {
  more: HTMLElement | null;
  notes: HTMLElement | null;
  /** A tab's content is drawn once the tab has been opened (and kept after), never before. */
  opened: { more: boolean; notes: boolean };
  /** Opens the tab a slot shows in (a chart marker that opens its entry in a list there), or the hero's. */
  show: (slot: 'hero' | 'more' | 'notes') => void;
}

export const CardSlotContext = createContext<CardSlotTargets>({
  more: null,
  notes: null,
  opened: { more: false, notes: false },
  show: () => {},
});

/** Opens one of the card's tabs from inside the body. */
export function useShowCardSlot(): CardSlotTargets['show'] {
  return useContext(CardSlotContext).show;
}
