/**
 * How wide a label will be, without a DOM to measure it: the timeline's labels are 12 px sans,
 * whose characters average about 0.55 em. Estimates err wide, so that packed labels never touch.
 */

/** Font size of mark labels, in pixels. */
export const LABEL_SIZE = 12;

/** Font size of lane headings, in pixels (timeline.css: capitals, 600 weight, 0.06 em apart). */
export const LANE_LABEL_SIZE = 11;

/** The estimated width of `text` set at `size` pixels. */
export function textWidth(text: string, size = LABEL_SIZE): number {
  return Math.ceil(text.length * size * 0.56) + 2;
}

/**
 * The estimated width of a lane heading's character. Capitals with their letter spacing average
 * 0.74–0.78 em in DejaVu Sans, the widest of the usual system faces; 0.8 em errs wide.
 */
const LANE_CHAR_WIDTH = LANE_LABEL_SIZE * 0.8;

/** The estimated width of a lane heading. */
export function laneLabelWidth(text: string): number {
  return Math.ceil(text.length * LANE_CHAR_WIDTH);
}

/**
 * A lane's heading as it fits in `width` pixels: whole when it fits, else cut after the last
 * whole word that fits, with an ellipsis (inside a first word that alone is too long).
 */
export function fitLaneLabel(label: string, width: number): string {
  if (laneLabelWidth(label) <= width) return label;
  let cut = label.slice(0, Math.max(Math.floor(width / LANE_CHAR_WIDTH) - 1, 1));
  const space = cut.lastIndexOf(' ');
  if (space > 0) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}
