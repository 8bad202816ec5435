/** The complete source line of a chart (never "and N more"): shared with the cards, slides and panel exports. */
export { publishedSourceLines } from '@/domain/source-line';

export const CREDIT_LINE = 'China–Russia BRI dashboard · CC BY 4.0';
