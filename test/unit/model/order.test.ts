import { describe, expect, it } from 'vitest';
import { checkFiles, validCase } from '../../support/content.ts';

describe('the chronological order of a case', () => {
  it('puts an item known only to the day after one known to that early morning', () => {
    const { site } = checkFiles({
      ...validCase,
      'cases/demo/events/later-that-day.md': '---\ntitle: Later that day\nwhen: 2019-11-12\nsources: [demo-email]\n---\n',
    });
    const ids = site.cases[0]!.items.map((item) => item.id);
    expect(ids.indexOf('party-email')).toBeLessThan(ids.indexOf('later-that-day'));
  });

  it('orders items by time, whatever order their files are in', () => {
    const { site } = checkFiles(validCase);
    expect(site.cases[0]!.items.map((item) => item.id)).toEqual(['first-attack', 'party-email', 'expert-view']);
  });
});
