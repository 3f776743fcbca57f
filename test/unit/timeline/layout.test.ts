import { describe, expect, it } from 'vitest';
import { focusAndContext, outside } from '../../../src/timeline/layout/focus.ts';
import { orderLanes } from '../../../src/timeline/layout/lanes.ts';
import { labelStart, packRows, visibleLabels } from '../../../src/timeline/layout/pack.ts';
import { textWidth } from '../../../src/timeline/layout/text.ts';
import { layoutTimeline, type TimelineGeometry } from '../../../src/timeline/layout/timeline.ts';
import { item, syntheticItems } from './items.ts';

const H = 3_600_000;
const D = 24 * H;
const day = Date.UTC(2019, 10, 11);
const options = { width: 1000, zone: 'Europe/London', locale: 'en-GB' };

/** Every pair of drawn labels in the same lane and row, as [left, right] pixel ranges. */
function drawnLabels(geometry: TimelineGeometry) {
  return geometry.items
    .filter((placed) => placed.labelShown)
    .map((placed) => ({
      key: `${placed.lane}:${placed.row}`,
      left: placed.x0 + placed.labelDx,
      right: placed.x0 + placed.labelDx + textWidth(placed.item.label),
    }));
}

function overlaps(labels: { key: string; left: number; right: number }[]): number {
  let count = 0;
  const byRow = Map.groupBy(labels, (label) => label.key);
  for (const row of byRow.values()) {
    row.sort((a, b) => a.left - b.left);
    for (let i = 1; i < row.length; i++) if (row[i]!.left < row[i - 1]!.right) count += 1;
  }
  return count;
}

describe('the timeline layout', () => {
  const items = [
    item('precise', day + 9 * H, day + 9 * H + 60_000, { lane: 'council', precision: 'minute' }),
    item('afternoon', day + 12 * H, day + 18 * H, { lane: 'engineer', precision: 'part-of-day' }),
    item('relative', day + 14 * H, day + 26 * H, { lane: 'council', precision: 'relative' }),
    item('whole-day', day + D, day + 2 * D, { lane: 'engineer', precision: 'day' }),
  ];
  const lanes = [
    { id: 'engineer', label: 'The engineer' },
    { id: 'council', label: 'The council' },
  ];
  const geometry = layoutTimeline(items, lanes, { ...options, period: { start: day, end: day + 2 * D } });

  it('keeps the items in chronological order, left to right', () => {
    expect(geometry.items.map((placed) => placed.item.id)).toEqual(['precise', 'afternoon', 'relative', 'whole-day']);
    const xs = geometry.items.map((placed) => placed.x0);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('draws a time known to the minute as a point, and an uncertain time as a span over its interval', () => {
    const [precise, afternoon, relative, wholeDay] = geometry.items;
    expect(precise).toMatchObject({ shape: 'point' });
    expect(precise!.x1).toBe(precise!.x0);
    for (const span of [afternoon!, relative!, wholeDay!]) expect(span.shape).toBe('span');
    const pxPerHour = (wholeDay!.x1 - wholeDay!.x0) / 24;
    expect(afternoon!.x1 - afternoon!.x0).toBeCloseTo(6 * pxPerHour, 5);
    expect(relative!.x1 - relative!.x0).toBeCloseTo(12 * pxPerHour, 5);
  });

  it('opens on the period, a little padded, and counts what lies outside it', () => {
    expect(geometry.focus.start).toBeLessThan(day);
    expect(geometry.focus.end).toBeGreaterThan(day + 2 * D);
    expect(geometry.focus.end - geometry.focus.start).toBeLessThan(2.2 * D);
    const withPrecedent = [item('precedent', Date.UTC(2017, 5, 23), Date.UTC(2017, 5, 24)), ...items];
    const { focus, context } = focusAndContext(withPrecedent, { start: day, end: day + 2 * D });
    expect(context.start).toBeLessThan(Date.UTC(2017, 5, 23));
    expect(focus.start).toBeGreaterThan(Date.UTC(2019, 10, 10));
    expect(outside(withPrecedent, focus)).toEqual({ before: 1, after: 0 });
  });

  it('groups items in lanes, in the order of each lane’s first item', () => {
    expect(geometry.lanes.map((lane) => lane.label)).toEqual(['The council', 'The engineer']);
    expect(geometry.items.map((placed) => placed.lane)).toEqual([0, 1, 0, 1]);
    const [council, engineer] = geometry.lanes;
    expect(engineer!.y).toBeGreaterThanOrEqual(council!.y + council!.height);
    for (const placed of geometry.items) {
      const lane = geometry.lanes[placed.lane]!;
      expect(placed.y).toBeGreaterThan(lane.y);
      expect(placed.y).toBeLessThan(lane.y + lane.height);
    }
    expect(geometry.height).toBe(engineer!.y + engineer!.height);
  });

  it('leaves lanes without items out, and names lanes it was not told about by their id', () => {
    expect(orderLanes([item('x', 0, 1, { lane: 'ghost' })], [{ id: 'other', label: 'Other' }])).toEqual([{ id: 'ghost', label: 'ghost' }]);
  });

  it.each([100, 1000, 5000])('never overlaps two drawn labels (%i items)', (count) => {
    const many = syntheticItems(count, 10, 5);
    const placed = layoutTimeline(many, [], options);
    expect(overlaps(drawnLabels(placed))).toBe(0);
    expect(placed.items.filter((p) => p.labelShown).length).toBeGreaterThan(20);
    expect(Math.max(...placed.lanes.map((lane) => lane.rows))).toBeLessThanOrEqual(6);
  });

  it('stacks marks that share a time into separate rows', () => {
    const same = [item('a', day, day + 60_000), item('b', day, day + 60_000), item('c', day, day + 60_000)];
    const placed = layoutTimeline(same, [], options);
    expect(new Set(placed.items.map((p) => p.row)).size).toBe(3);
    expect(placed.items.every((p) => p.labelShown)).toBe(true);
  });
});

describe('packing', () => {
  it('puts a box in the first row it fits, and opens a row when none does', () => {
    const rows = packRows([
      { x0: 0, x1: 10, labelWidth: 50 },
      { x0: 20, x1: 30, labelWidth: 50 },
      { x0: 60, x1: 70, labelWidth: 50 },
    ]);
    expect(rows).toEqual([
      { row: 0, labelShown: true },
      { row: 1, labelShown: true },
      { row: 0, labelShown: true },
    ]);
  });

  it('leaves labels out, not overlapping, when the rows run out', () => {
    const boxes = Array.from({ length: 5 }, () => ({ x0: 0, x1: 10, labelWidth: 50 }));
    const rows = packRows(boxes, 2);
    expect(rows.filter((r) => r.labelShown)).toHaveLength(2);
    expect(rows.every((r) => r.row < 2)).toBe(true);
  });

  it('hides labels that would collide at another zoom, keeping the earlier one', () => {
    expect(visibleLabels([{ x0: 0, x1: 5, labelWidth: 50 }, { x0: 30, x1: 35, labelWidth: 50 }, { x0: 70, x1: 75, labelWidth: 50 }])).toEqual([true, false, true]);
  });

  it('draws a label back from the right edge rather than off it', () => {
    expect(labelStart(950, 952, 100, 1000)).toBe(900);
    expect(labelStart(100, 102, 100, 1000)).toBe(100);
    expect(labelStart(10, 12, 2000, 1000)).toBe(0);
  });

  it('keeps the label of a span begun before the left edge in view while any of the span is', () => {
    expect(labelStart(-300, 500, 100, 1000)).toBe(0);
    expect(labelStart(-300, 4, 100, 1000)).toBe(0);
    // Once the span has left, its label follows its end out of view.
    expect(labelStart(-300, -40, 100, 1000)).toBe(-40);
  });
});
