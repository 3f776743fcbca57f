/**
 * Where marks go at a zoom: their extent, where their labels start, and which labels fit. Apart
 * from the SVG view, so that a canvas drawing the same marks places them the same way.
 */
import { box } from '../layout/box.ts';
import { visibleLabels, type PackBox } from '../layout/pack.ts';
import type { Mark } from './marks.ts';

/** How far past the edges a mark is still drawn (its label may reach into view). */
const MARGIN = 320;

/** A mark at this zoom: its extent, and the box its label packs in (`labelX` set). */
export interface Placed {
  mark: Mark;
  x0: number;
  x1: number;
  box: Required<PackBox>;
}

/** Where `mark` and its label go at scale `x` over `width`: its box as the server packed it (`box`). */
export function place(mark: Mark, x: (t: number) => number, width: number): Placed {
  const x0 = x(mark.start);
  const x1 = mark.point ? x0 : x(mark.end);
  return { mark, x0, x1, box: box({ start: mark.start, end: mark.end, label: '', labelWidth: mark.labelWidth }, x, width) };
}

/** Whether a placed mark is drawn over `width`: in view, or near enough for its label to reach into it. */
export function inView(at: Placed, width: number): boolean {
  return at.x1 > -MARGIN && at.x0 < width + 20;
}

/** Whether each placed mark's label is drawn: row by row, those that collide with none before. */
export function labelsDrawn(placed: readonly Placed[]): boolean[] {
  const rows = new Map<string, number[]>();
  placed.forEach(({ mark }, i) => {
    const members = rows.get(mark.row);
    if (members) members.push(i);
    else rows.set(mark.row, [i]);
  });
  const drawn: boolean[] = [];
  for (const members of rows.values()) {
    const visible = visibleLabels(members.map((i) => placed[i]!.box));
    members.forEach((i, j) => (drawn[i] = visible[j]!));
  }
  return drawn;
}
