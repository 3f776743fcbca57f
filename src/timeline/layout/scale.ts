/**
 * The time scale: UTC instants to pixels, linear in elapsed time, so that a 25-hour day is drawn
 * 25 hours long. Ticks come from `ticks.ts`, in the case's time zone; this is only the mapping.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Window } from './types.ts';

/** A scale from the window `[start, end)` onto `[0, width]` pixels. */
export function timeScale(window: Window, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([window.start, window.end]).range([0, width]);
}
