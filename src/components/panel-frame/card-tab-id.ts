export type CardTab = 'chart' | 'more' | 'table' | 'sources';

/** A tab's element id: the card's useId prefix and the tab. */
export const cardTabId = (prefix: string, tab: CardTab): string => `${prefix}-${tab}`;
