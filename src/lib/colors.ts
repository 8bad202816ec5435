/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008): distinguishable under the common forms of
 * colour-vision deficiency. Categories are mapped to these, never to ad-hoc hues.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
  grey: '#7A7A7A',
} as const;
