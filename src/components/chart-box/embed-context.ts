import { createContext, useContext } from 'react';

/**
 * True on the embed route (#embed=<chart id>): the chart is the page, published as a card for an iframe in a report
 * or CMS page. Its figure leaves out the Export menu, shows the filters it was embedded with, and adds the footer a
 * published chart carries (every source, the data's date, a data table, the credit).
 */
export const EmbedContext = createContext(false);
export const useEmbedded = (): boolean => useContext(EmbedContext);
