/** Synthetic timeline items for layout tests and the benchmark. */
import type { Precision } from '../../../src/model/time/types.ts';
import type { TimelineItem } from '../../../src/timeline/layout/types.ts';

const H = 3_600_000;

/** An item with sensible defaults. */
export function item(id: string, start: number, end: number, fields: Partial<TimelineItem> = {}): TimelineItem {
  return {
    id,
    kind: 'statement',
    category: 'statement',
    lane: 'a',
    actors: ['a'],
    start,
    end,
    precision: end - start <= 60_000 ? 'minute' : 'day',
    label: `Item ${id}`,
    timeLabel: new Date(start).toISOString(),
    href: `/x/${id}/`,
    ...fields,
  };
}

/** `count` pseudo-random items over `days` days in `lanes` lanes, in chronological order. */
export function syntheticItems(count: number, days = 30, lanes = 8, seed = 1): TimelineItem[] {
  let state = seed;
  const random = () => ((state = (state * 48_271) % 2_147_483_647) / 2_147_483_647);
  const precisions: [Precision, number][] = [['minute', 60_000], ['part-of-day', 6 * H], ['day', 24 * H], ['relative', 12 * H]];
  const base = Date.UTC(2019, 10, 1);
  const items = Array.from({ length: count }, (_, i) => {
    const [precision, length] = precisions[Math.floor(random() * precisions.length)]!;
    const start = base + Math.floor(random() * days * 24) * H;
    const lane = `lane-${Math.floor(random() * lanes)}`;
    return item(`item-${i}`, start, start + length, { precision, lane, actors: [lane], label: `Item number ${i} said something` });
  });
  return items.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
}
