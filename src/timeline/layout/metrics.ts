/** Sizes of the parts of a timeline, in pixels: shared by the layout, the SVG and the browser. */
import { AXIS_SIZE } from './axis.ts';

export const METRICS = {
  /** Height of the axis band at the top: the context row, then the ticks' row. */
  axis: 2 * AXIS_SIZE + 18,
  /** Height of a lane's heading. */
  laneHead: 20,
  /** Height of one row of marks with their labels. */
  row: 30,
  /** Vertical offset of a mark's centre within its row (the label sits below it). */
  markY: 9,
  /** Half the size of a point mark. */
  point: 5,
  /** Space after each lane. */
  laneGap: 4,
} as const;
