/**
 * Ticks placed on a width: where each tick line goes and whether its label fits. The context
 * row's first label stays in view at the left edge until the next one pushes it away.
 */
import { textWidth } from './text.ts';
import type { AxisTicks } from './types.ts';

/** A tick at its place: the line at `x`, the label from `labelX`. */
export interface PlacedTick {
  x: number;
  label: string;
  labelX: number;
  labelShown: boolean;
}

/** Axis label size in pixels, and the space between a tick line and its label. */
export const AXIS_SIZE = 11;
const INSET = 4;

/** Places `ticks` along `[0, width]` with `x`, the scale of the moment. */
export function placeAxis(ticks: AxisTicks, x: (time: number) => number, width: number): { minor: PlacedTick[]; major: PlacedTick[] } {
  const minor = ticks.minor.map((tick, i) => {
    const at = x(tick.time);
    const next = ticks.minor[i + 1];
    const room = (next ? x(next.time) : width) - at;
    const fits = textWidth(tick.label, AXIS_SIZE) + 2 * INSET <= room || (!next && at + textWidth(tick.label, AXIS_SIZE) <= width);
    return { x: at, label: tick.label, labelX: at + INSET, labelShown: at >= 0 && fits };
  });
  const major = ticks.major.map((tick, i) => {
    const at = x(tick.time);
    const next = ticks.major[i + 1];
    const nextX = next ? x(next.time) : Infinity;
    const w = textWidth(tick.label, AXIS_SIZE);
    // Stick to the left edge while the unit is still in view; give way to the next unit.
    const labelX = Math.min(Math.max(at + INSET, INSET), nextX - w - 2 * INSET);
    return { x: at, label: tick.label, labelX, labelShown: labelX >= INSET - 0.5 && labelX < width };
  });
  return { minor, major };
}
