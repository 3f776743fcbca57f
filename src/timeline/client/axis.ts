/**
 * The axis redrawn as the reader zooms and pans. While the ticks are the same ones, their lines
 * and labels are moved where they are (`x1`, `x2` and `x` are geometry, not style: the browser
 * has no style to work out again); other ticks build the axis anew.
 */
import { placeAxis, type PlacedTick } from '../layout/axis.ts';
import type { AxisTicks } from '../layout/types.ts';
import { axisSvg } from '../render/axis.ts';
import { num } from '../render/escape.ts';

const drawn = new WeakMap<SVGGElement, string>();

/** Draws `ticks` at scale `x` into `group`, an axis `height` pixels tall. */
export function drawAxis(group: SVGGElement, ticks: AxisTicks, x: (time: number) => number, width: number, height: number): void {
  const placed = placeAxis(ticks, x, width);
  const key = [ticks.level, ...ticks.minor.map((tick) => tick.time), '|', ...ticks.major.map((tick) => tick.time)].join(' ');
  if (drawn.get(group) !== key) {
    // Every label is drawn, and hidden when it does not fit, so that the elements stay the same.
    const all = (list: PlacedTick[]) => list.map((tick) => ({ ...tick, labelShown: true }));
    group.innerHTML = axisSvg({ minor: all(placed.minor), major: all(placed.major) }, height);
    drawn.set(group, key);
  }
  // In the order axisSvg writes them: minor lines, major lines, major labels, minor labels.
  const { minor, major } = placed;
  const elements = group.children;
  const lines = [...minor, ...major];
  lines.forEach((tick, i) => {
    elements[i]!.setAttribute('x1', num(tick.x));
    elements[i]!.setAttribute('x2', num(tick.x));
  });
  [...major, ...minor].forEach((tick, i) => {
    const label = elements[lines.length + i]!;
    label.setAttribute('x', num(tick.labelX));
    const hidden = label.hasAttribute('visibility');
    if (hidden === tick.labelShown) tick.labelShown ? label.removeAttribute('visibility') : label.setAttribute('visibility', 'hidden');
  });
}
