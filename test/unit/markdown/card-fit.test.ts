/** `fitCard` (`src/client/card-fit.ts`): a card stays inside the viewport. */
import { describe, expect, it } from 'vitest';
import { fitCard, type Rect } from '../../../src/client/card-fit.ts';

const viewport = { width: 375, height: 800 };
const box = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('fitCard', () => {
  it('leaves a card that fits where it is', () => {
    expect(fitCard(box(20, 120, 272, 80), box(20, 100, 60, 18), viewport)).toEqual({ dx: 0, above: false });
  });

  it('moves a card left by what the right edge needs', () => {
    expect(fitCard(box(300, 120, 272, 80), box(300, 100, 60, 18), viewport)).toEqual({ dx: -205, above: false });
  });

  it('never moves it past the left edge', () => {
    expect(fitCard(box(100, 120, 400, 80), box(100, 100, 60, 18), viewport).dx).toBe(-92);
  });

  it('shows it above a link at the foot of the screen, where there is room', () => {
    expect(fitCard(box(20, 782, 272, 80), box(20, 760, 60, 20), viewport)).toEqual({ dx: 0, above: true });
  });

  it('keeps it below when there is no room above either', () => {
    expect(fitCard(box(20, 62, 272, 800), box(20, 40, 60, 20), viewport).above).toBe(false);
  });
});
