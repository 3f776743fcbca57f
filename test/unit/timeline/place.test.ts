/** The small "where it falls" timeline of a statement or event page: only the neighbourhood. */
import { describe, expect, it } from 'vitest';
import { layoutPlace, NEIGHBOURS, neighbourhood } from '../../../src/timeline/layout/place.ts';
import { timelineSvg } from '../../../src/timeline/render/timeline.ts';
import { syntheticItems } from './items.ts';

const lanes = { self: { id: '-this', label: 'This statement' }, others: { id: '-others', label: 'Just before and after' } };
const options = { width: 560, zone: 'Europe/London', locale: 'en-GB' };

describe('where an item falls', () => {
  it.each([
    [5, 2, { from: 0, to: 5 }],
    [1000, 0, { from: 0, to: NEIGHBOURS + 1 }],
    [1000, 500, { from: 500 - NEIGHBOURS, to: 501 + NEIGHBOURS }],
    [1000, 999, { from: 999 - NEIGHBOURS, to: 1000 }],
  ])('in a case of %i items, item %i is shown with its neighbours in time', (count, index, range) => {
    expect(neighbourhood(count, index)).toEqual(range);
  });

  it.each([20, 1000, 20000])('lays out the same few items however large the case (%i items)', (count) => {
    const items = syntheticItems(count, 60, 8);
    const index = Math.floor(count / 2);
    const geometry = layoutPlace(items, index, lanes, options);
    expect(geometry.items).toHaveLength(2 * NEIGHBOURS + 1);
    expect(geometry.items.map((placed) => placed.item.id)).toEqual(items.slice(index - NEIGHBOURS, index + NEIGHBOURS + 1).map((item) => item.id));
  });

  it('labels the item alone, in its own lane above the others, and opens on the neighbourhood', () => {
    const items = syntheticItems(200, 60, 8);
    const geometry = layoutPlace(items, 100, lanes, options);
    const self = geometry.items.find((placed) => placed.item.id === items[100]!.id)!;
    expect(geometry.lanes.map((lane) => lane.label)).toEqual(['This statement', 'Just before and after']);
    expect(self.lane).toBe(0);
    expect(self.item.label).toBe(items[100]!.label);
    expect(geometry.items.filter((placed) => placed !== self).every((placed) => placed.lane === 1 && placed.item.label === '')).toBe(true);
    for (const placed of geometry.items) {
      expect(placed.x0).toBeGreaterThanOrEqual(0);
      expect(placed.x1).toBeLessThanOrEqual(options.width);
    }
  });

  it('is drawn for reading only: marks keep their identity and name, not what a redraw needs', () => {
    const items = syntheticItems(200, 60, 8);
    const geometry = layoutPlace(items, 100, lanes, options);
    const svg = timelineSvg(geometry, { idPrefix: 'tl-place', title: 'Where it falls', description: 'Item 101 of 200.', precisionWords: () => 'known', currentId: items[100]!.id });
    const marks = [...svg.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)];
    expect(marks.map((mark) => /data-item="([^"]+)"/.exec(mark[1]!)?.[1])).toEqual(geometry.items.map((placed) => placed.item.id));
    for (const [, attributes] of marks) expect(attributes!.match(/data-[a-z-]+/g)).toEqual(['data-item', 'data-kind']);
    // Only the item itself has a label to draw; its neighbours are still named after theirs.
    expect(marks.filter((mark) => mark[2]!.includes('<text'))).toHaveLength(1);
    const before = items[99]!;
    expect(svg).toContain(`aria-label="Just before and after: ${before.label} — ${before.timeLabel} (known)"`);
  });
});
