/** The margin-note layout (`src/client/margin-layout.ts`): beside each line, no overlap, clamped to whole lines. */
import { describe, expect, it } from 'vitest';
import { placeMarginNotes, type MarginNote } from '../../../src/client/margin-layout.ts';

const metrics = { gap: 14, line: 20, minLines: 2, slack: 20 };

/** Whether no note reaches into the next one. */
function apart(placements: { top: number; height: number }[]): boolean {
  return placements.every((placement, index) => {
    const next = placements[index + 1];
    return next === undefined || placement.top + placement.height + metrics.gap <= next.top;
  });
}

describe('placeMarginNotes', () => {
  it('leaves notes that fit where they want to be, at full height', () => {
    const notes: MarginNote[] = [{ want: 0, height: 100 }, { want: 200, height: 300 }];
    expect(placeMarginNotes(notes, metrics)).toEqual([
      { top: 0, height: 100, clamped: false },
      { top: 200, height: 300, clamped: false },
    ]);
  });

  it('clamps a long note to whole lines, so that the next one keeps its line', () => {
    const placements = placeMarginNotes([{ want: 0, height: 700 }, { want: 120, height: 500 }], metrics);
    expect(placements[0]).toEqual({ top: 0, height: 100, clamped: true });
    expect(placements[1]?.top).toBe(120);
    expect(apart(placements)).toBe(true);
  });

  it('shows at least the minimum of lines, and then the next note yields a little', () => {
    const placements = placeMarginNotes([{ want: 0, height: 700 }, { want: 35, height: 500 }], metrics);
    expect(placements[0]).toEqual({ top: 0, height: 40, clamped: true });
    expect(placements[1]?.top).toBe(54);
    expect(apart(placements)).toBe(true);
  });

  it('lets a note overrun by less than the slack rather than hide a line of it', () => {
    const placements = placeMarginNotes([{ want: 0, height: 110 }, { want: 110, height: 50 }], metrics);
    expect(placements[0]?.clamped).toBe(false);
    expect(placements[1]?.top).toBe(124);
  });

  it('never clamps an expanded note: the notes after it yield', () => {
    const placements = placeMarginNotes([{ want: 0, height: 700, expanded: true }, { want: 35, height: 60 }, { want: 70, height: 60 }], metrics);
    expect(placements[0]).toEqual({ top: 0, height: 700, clamped: false });
    expect(placements[1]?.top).toBe(714);
    expect(apart(placements)).toBe(true);
  });

  it('never clamps the last note: nothing comes after it', () => {
    expect(placeMarginNotes([{ want: 0, height: 2000 }], metrics)).toEqual([{ top: 0, height: 2000, clamped: false }]);
  });

  it('sets a note below an aside of the margin that it would cover, and clamps one before it to fit', () => {
    const aside = [{ top: 100, bottom: 400 }];
    expect(placeMarginNotes([{ want: 150, height: 80 }], metrics, aside)[0]?.top).toBe(414);
    const before = placeMarginNotes([{ want: 0, height: 300 }], metrics, aside)[0];
    expect(before).toEqual({ top: 0, height: 80, clamped: true });
    // Too little room before it for even the minimum: below it.
    expect(placeMarginNotes([{ want: 70, height: 300 }], metrics, aside)[0]?.top).toBe(414);
  });
});
