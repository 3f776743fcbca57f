import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLaneLabel, laneLabelWidth } from '../../../src/timeline/layout/text.ts';

const name = "Unnamed sources on the government's initial investigation";

/** Names as authors write them: words of letters and punctuation, one space apart. */
const names = fc
  .array(fc.stringMatching(/^[A-Za-z'’,.-]{1,14}$/), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));

describe('a lane heading fitted to the width', () => {
  it('is the whole name when it fits, and cut after a whole word with an ellipsis when not', () => {
    expect(fitLaneLabel(name, 928)).toBe(name);
    expect(fitLaneLabel(name, 335)).toBe("Unnamed sources on the government's…");
    expect(fitLaneLabel(name, 180)).toBe('Unnamed sources on…');
    expect(fitLaneLabel('Cybersecurity', 60)).toBe('Cyber…');
  });

  it('leaves no stop or dash before its ellipsis', () => {
    expect(fitLaneLabel('Sources close to the party, speaking privately', 260)).toBe('Sources close to the party…');
  });

  it('never comes out wider than the width, and is the start of the name', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 40, max: 1600 }), (label, width) => {
        const fitted = fitLaneLabel(label, width);
        expect(laneLabelWidth(fitted)).toBeLessThanOrEqual(width);
        if (fitted === label) return;
        expect(fitted.endsWith('…')).toBe(true);
        expect(label.startsWith(fitted.slice(0, -1))).toBe(true);
        // Cut where a word ends (stops and dashes dropped), unless the first word alone is too wide.
        const kept = fitted.slice(0, -1);
        const atWordEnd = /^[,;:.–—-]* /.test(label.slice(kept.length));
        const firstWord = label.split(' ')[0]!;
        expect(atWordEnd || laneLabelWidth(`${firstWord}…`) > width).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
