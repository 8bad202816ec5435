import { useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { CardSlotContext } from './card-slot-context';

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
