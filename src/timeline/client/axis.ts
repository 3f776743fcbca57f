/**
 * The axis redrawn as the reader zooms and pans. A tick keeps its line and its label while it
 * stays on the axis: they are moved where they are (`x1`, `x2` and `x` are geometry, not style:
 * the browser has no style to work out again). Only ticks that come onto the axis are built, and
 * those that leave it are removed: a new label is text to shape and lay out afresh.
 */
import { placeAxis, type PlacedTick } from '../layout/axis.ts';
import type { AxisTicks, Tick } from '../layout/types.ts';
import { axisSvg } from '../render/axis.ts';
import { num } from '../render/escape.ts';

/** The line and the label drawn for one tick. */
interface TickElements {
  line: Element;
  label: Element;
}

/** What is drawn in an axis group: its ticks' elements by tick, and the height of their lines. */
interface DrawnAxis {
  ticks: Map<string, TickElements>;
  height: number;
}

/** A tick of the row `row` at its place, with the key it is found again by. */
interface RowTick {
  key: string;
  placed: PlacedTick;
}

const drawn = new WeakMap<SVGGElement, DrawnAxis>();

/** Draws `ticks` at scale `x` into `group`, an axis `height` pixels tall. */
export function drawAxis(group: SVGGElement, ticks: AxisTicks, x: (time: number) => number, width: number, height: number): void {
  const placed = placeAxis(ticks, x, width);
  const minor = keyed('minor', ticks.minor, placed.minor);
  const major = keyed('major', ticks.major, placed.major);
  let axis = drawn.get(group);
  if (!axis) {
    // The server's axis is not keyed by tick: it is built again, once.
    group.replaceChildren();
    axis = { ticks: new Map(), height };
    drawn.set(group, axis);
  }
  const shown = new Set([...minor, ...major].map((tick) => tick.key));
  for (const [key, elements] of axis.ticks) {
    if (shown.has(key)) continue;
    elements.line.remove();
    elements.label.remove();
    axis.ticks.delete(key);
  }
  build(group, axis, minor, major, height);
  for (const { key, placed: tick } of [...minor, ...major]) {
    const { line, label } = axis.ticks.get(key)!;
    line.setAttribute('x1', num(tick.x));
    line.setAttribute('x2', num(tick.x));
    if (height !== axis.height) line.setAttribute('y2', num(height));
    label.setAttribute('x', num(tick.labelX));
    const hidden = label.hasAttribute('visibility');
    if (hidden === tick.labelShown) tick.labelShown ? label.removeAttribute('visibility') : label.setAttribute('visibility', 'hidden');
  }
  axis.height = height;
}

/** The ticks of one row with their keys: the row, the instant and the label. */
function keyed(row: string, ticks: Tick[], placed: PlacedTick[]): RowTick[] {
  return placed.map((tick, i) => ({ key: `${row} ${ticks[i]!.time} ${tick.label}`, placed: tick }));
}

/** Builds the ticks not yet drawn, lines before every label as the server draws them. */
function build(group: SVGGElement, axis: DrawnAxis, minor: RowTick[], major: RowTick[], height: number): void {
  const fresh = (row: RowTick[]) => row.filter((tick) => !axis.ticks.has(tick.key));
  const [newMinor, newMajor] = [fresh(minor), fresh(major)];
  if (newMinor.length + newMajor.length === 0) return;
  // Every label is drawn, and hidden when it does not fit, so that a tick keeps its elements.
  const all = (row: RowTick[]) => row.map((tick) => ({ ...tick.placed, labelShown: true }));
  const scratch = document.createElementNS(group.namespaceURI, 'g');
  scratch.innerHTML = axisSvg({ minor: all(newMinor), major: all(newMajor) }, height);
  // In the order axisSvg writes them: minor lines, major lines, major labels, minor labels.
  const lines = [...newMinor, ...newMajor];
  const labels = [...newMajor, ...newMinor];
  const lineElements = [...scratch.children].slice(0, lines.length);
  const labelElements = [...scratch.children].slice(lines.length);
  const firstLabel = group.querySelector('text');
  for (const line of lineElements) group.insertBefore(line, firstLabel);
  group.append(...labelElements);
  lines.forEach((tick, i) => axis.ticks.set(tick.key, { line: lineElements[i]!, label: labelElements[labels.indexOf(tick)]! }));
}
