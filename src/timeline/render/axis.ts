/**
 * The axis as SVG: tick lines down through the lanes, the context row's labels on top and the
 * ticks' labels below them. Shared by the server and the browser (which redraws it as it zooms).
 */
import type { PlacedTick } from '../layout/axis.ts';
import { escape, num } from './escape.ts';

/** Baselines of the context row and the tick row. */
export const AXIS_BASELINES = { major: 13, minor: 31 } as const;

/** The inside of the axis group, for placed ticks on a chart `height` pixels tall. */
export function axisSvg(ticks: { minor: PlacedTick[]; major: PlacedTick[] }, height: number, top = 0): string {
  const lines = (list: PlacedTick[], cls: string, from: number) =>
    list.map((tick) => `<line class="${cls}" x1="${num(tick.x)}" x2="${num(tick.x)}" y1="${num(from)}" y2="${num(height)}"/>`).join('');
  const labels = (list: PlacedTick[], cls: string, y: number) =>
    list
      .filter((tick) => tick.labelShown)
      .map((tick) => `<text class="${cls}" x="${num(tick.labelX)}" y="${num(y)}">${escape(tick.label)}</text>`)
      .join('');
  return (
    lines(ticks.minor, 'tl-grid', top + AXIS_BASELINES.major + 6) +
    lines(ticks.major, 'tl-grid tl-grid-major', top) +
    labels(ticks.major, 'tl-axis-major', top + AXIS_BASELINES.major) +
    labels(ticks.minor, 'tl-axis-minor', top + AXIS_BASELINES.minor)
  );
}
