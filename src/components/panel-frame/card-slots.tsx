import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

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

/**
 * A part of the body shown in one of the card's tabs rather than under the hero chart. It stays in the body's React
 * tree (its state, callbacks and the panel's draw-now context are the body's), and is drawn only once the tab is
 * opened: a closed tab costs nothing.
 */
export function CardSlot({ name, children }: { name: 'more' | 'notes'; children: ReactNode }) {
  const targets = useContext(CardSlotContext);
  const target = targets[name];
  if (!target || !targets.opened[name]) return null;
  return createPortal(children, target);
}
