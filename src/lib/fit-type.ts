/** The average advance of a character of the UI font, in em, with room for ragged line ends and column gaps. */
const CHAR_EM = 0.56;
const LINE_HEIGHT = 1.3;

/**
 * The type size at which `chars` characters of running text fill at most a `width` × `height` box (any one unit;
 * the size comes back in it). Text of n characters at size f takes about n × CHAR_EM × f of line length, at
 * LINE_HEIGHT × f a line, so f = √(width × height / (n × CHAR_EM × LINE_HEIGHT)). Used to fit a complete source line
 * (every publisher, never "and N more") into a fixed frame: a slide, a slide-sized export.
 */
export function fitTypeSize(chars: number, width: number, height: number): number {
  if (chars <= 0) return Infinity;
  return Math.sqrt((width * height) / (chars * CHAR_EM * LINE_HEIGHT));
}
