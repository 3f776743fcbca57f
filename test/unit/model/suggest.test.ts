import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../../src/model/suggest.ts';

describe('nearest', () => {
  it.each([
    ['alan-woodard', ['alan-woodward', 'niall-sookoo'], 'alan-woodward'],
    ['sookoo', ['alan-woodward', 'niall-sookoo'], undefined],
    ['abc', ['xyz'], undefined],
    ['ab', ['ac'], 'ac'],
    ['same', ['same'], undefined],
  ])('%s among %j → %s', (value, candidates, expected) => {
    expect(nearest(value, candidates)).toBe(expected);
  });
});

describe('didYouMean', () => {
  it('phrases a suggestion, or says nothing', () => {
    expect(didYouMean('alan-woodard', ['alan-woodward'])).toBe(' — did you mean `alan-woodward`?');
    expect(didYouMean('zzz', ['alan-woodward'])).toBe('');
  });
});
