export type CardTab = 'chart' | 'more' | 'table' | 'sources';

/** A tab's element id: the card's useId prefix and the tab. */
export const cardTabId = (prefix: string, tab: CardTab): string => `${prefix}-${tab}`;

/** The id of the panel a tab controls (its aria-controls). */
export const cardPanelId = (prefix: string, tab: CardTab): string => `${cardTabId(prefix, tab)}-panel`;
