/** Work done once per object, and again for another object. */
import { describe, expect, it } from 'vitest';
import { oncePer } from '../../../src/model/once-per.ts';

describe('oncePer', () => {
  it('computes once for an object and again for another, even when the result is undefined', () => {
    const seen: object[] = [];
    const size = oncePer((list: number[]) => {
      seen.push(list);
      return list.length === 0 ? undefined : list.length;
    });
    const [a, b, empty] = [[1, 2], [3], []];
    expect([size(a), size(a), size(b), size(empty), size(empty)]).toEqual([2, 2, 1, undefined, undefined]);
    expect(seen).toEqual([a, b, empty]);
  });
});
