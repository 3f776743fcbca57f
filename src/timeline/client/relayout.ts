/**
 * Packs the rows again at the width the browser has: the server packed them for its own width,
 * and a narrower screen would otherwise hide labels that fit in another row. Lanes move down or
 * up to make room; the new height is returned.
 */
import { box } from '../layout/box.ts';
import { METRICS } from '../layout/metrics.ts';
import { packRows } from '../layout/pack.ts';
import type { Mark } from './marks.ts';

/** Re-packs the marks no filter hides, at scale `x` over `width`; returns the chart's height. */
export function relayout(svg: SVGSVGElement, marks: Mark[], x: (t: number) => number, width: number, maxRows: number): number {
  const lanes = [...svg.querySelectorAll<SVGGElement>('.tl-lane')];
  const byLane = lanes.map((): Mark[] => []);
  for (const mark of marks) if (!mark.filtered) byLane[mark.lane]?.push(mark);
  let y = METRICS.axis;
  byLane.forEach((members, lane) => {
    const packed = packRows(
      members.map((mark) => box({ start: mark.start, end: mark.end, label: '', labelWidth: mark.labelWidth }, x, width)),
      maxRows,
    );
    const rows = packed.reduce((most, p) => Math.max(most, p.row + 1), 1);
    const top = y + METRICS.laneHead;
    members.forEach((mark, j) => {
      const row = packed[j]!.row;
      mark.y = top + row * METRICS.row + METRICS.markY;
      mark.row = `${lane}:${row}`;
      mark.element.dataset.row = String(row);
    });
    const group = lanes[lane]!;
    const rule = group.querySelector('line');
    rule?.setAttribute('y1', String(y));
    rule?.setAttribute('y2', String(y));
    group.querySelector('text')?.setAttribute('y', String(y + METRICS.laneHead - 6));
    y += METRICS.laneHead + rows * METRICS.row + METRICS.laneGap;
  });
  return y;
}
