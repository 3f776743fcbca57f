import { describe, expect, it } from 'vitest';
import { dateParts, endParts } from '../../../src/timeline/export/dates.ts';
import { timelineJs } from '../../../src/timeline/export/timelinejs.ts';
import { NO_ACTOR_LANE, timelineData } from '../../../src/timeline/items.ts';
import { checkFiles, validCase } from '../../support/content.ts';

const zone = 'Europe/London';

describe('dates written only as precisely as they are known', () => {
  it.each([
    ['year', Date.UTC(2016, 0, 1), { year: 2016 }],
    ['month', Date.UTC(2019, 9, 1), { year: 2019, month: 10 }],
    ['day', Date.UTC(2019, 10, 12), { year: 2019, month: 11, day: 12 }],
    ['hour', Date.UTC(2019, 10, 12, 6), { year: 2019, month: 11, day: 12, hour: 6 }],
    ['minute', Date.UTC(2019, 10, 12, 9, 30), { year: 2019, month: 11, day: 12, hour: 9, minute: 30 }],
  ] as const)('to the %s', (unit, instant, expected) => {
    expect(dateParts(instant, zone, unit)).toEqual(expected);
  });

  it('in the case’s wall clock, summer time included', () => {
    expect(dateParts(Date.UTC(2019, 5, 22, 23), zone, 'day')).toEqual({ year: 2019, month: 6, day: 23 });
  });

  it('writes a range’s bounds as finely as they need, an end at midnight as the day before', () => {
    expect(dateParts(Date.UTC(2019, 10, 12, 10, 17), zone)).toEqual({ year: 2019, month: 11, day: 12, hour: 10, minute: 17 });
    expect(endParts(Date.UTC(2019, 10, 13), zone)).toEqual({ year: 2019, month: 11, day: 12 });
  });
});

describe('the TimelineJS file and the timeline data of a case', () => {
  const theCase = checkFiles(validCase).site.cases[0]!;

  it('has a slide per item, the actor as group and the uncertainty in display_date', () => {
    const file = timelineJs(theCase, '/');
    expect(file.title.text.headline).toBe('A demo case');
    const byId = Object.fromEntries(file.events.map((event) => [event.unique_id, event]));
    expect(byId['first-attack']).toMatchObject({ start_date: { year: 2019, month: 11, day: 11, hour: 12 }, end_date: { day: 11, hour: 18 }, group: 'The Demo Party' });
    expect(byId['party-email']).toMatchObject({ start_date: { hour: 6 }, group: 'The Demo Party' });
    expect(byId['expert-view']!.display_date).toContain('less than 2 days after');
    expect(byId['expert-view']!.text.text).toContain('Reported speech');
    expect(byId['party-email']!.text.text).toContain('<blockquote>“We were hit by a sophisticated attack.”</blockquote>');
  });

  it('puts items in lanes by actor, and an event without actors in a lane of its own', () => {
    const withContext = checkFiles({
      ...validCase,
      'cases/demo/events/election-day.md': '---\ntitle: Election day\nwhen: 2019-12-12\nsources: [demo-article]\n---\n',
    }).site.cases[0]!;
    expect(timelineData(withContext, '/').items.map((item) => [item.id, item.lane])).toEqual([
      ['first-attack', 'demo-party'],
      ['party-email', 'demo-party'],
      ['expert-view', 'ann-expert'],
      ['election-day', NO_ACTOR_LANE.id],
    ]);
    const data = timelineData(theCase, '/');
    expect(data.items.find((item) => item.id === 'party-email')!.label).toBe('“We were hit by a sophisticated attack.”');
    expect(data.period).toEqual({ start: Date.UTC(2019, 10, 11), end: Date.UTC(2019, 10, 13) });
  });

  it('puts items in lanes by kind when the case says so, naming the speaker in the label', () => {
    const byKind = checkFiles({ ...validCase, 'cases/demo/index.md': validCase['cases/demo/index.md']!.replace('period:', 'lanes: kind\nperiod:') }).site.cases[0]!;
    const data = timelineData(byKind, '/');
    expect(data.lanes.map((lane) => lane.label)).toEqual(['Events', 'Statements']);
    expect(data.items.find((item) => item.id === 'expert-view')).toMatchObject({ lane: 'statement', label: 'Ann Expert: Ann Expert said the attack was ordinary.' });
  });
});
