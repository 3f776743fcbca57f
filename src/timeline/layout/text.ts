/**
 * How wide a label will be, without a DOM to measure it: the timeline's labels are 12 px sans,
 * whose characters average about 0.55 em. Estimates err wide, so that packed labels never touch.
 */

/** Font size of mark labels, in pixels. */
export const LABEL_SIZE = 12;

/** The estimated width of `text` set at `size` pixels. */
export function textWidth(text: string, size = LABEL_SIZE): number {
  return Math.ceil(text.length * size * 0.56) + 2;
}
