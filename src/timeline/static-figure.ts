/**
 * A case's timeline as one static SVG drawing: what the interactive timeline shows before
 * JavaScript, and what a printed handout shows.
 */
import type { Case } from '../model/types.ts';
import { count, PRECISION_LABELS } from '../site/format.ts';
import { timelineData } from './items.ts';
import { layoutTimeline } from './layout/timeline.ts';
import { timelineSvg } from './render/timeline.ts';

/** What a screen reader hears of the drawing: how many items, over what time, in which lanes. */
export function timelineDescription(theCase: Case): string {
  const first = theCase.items[0];
  const last = theCase.items.at(-1);
  return [
    `${count(theCase.statements.length, 'statement')} and ${count(theCase.events.length, 'event')}`,
    first && last ? ` from ${first.when.label} to ${last.when.label}` : '',
    `, in lanes by ${theCase.lanes}. Times known only roughly are drawn as spans over the time they could have been.`,
    ' The same items are listed in order in “Everything in order”.',
  ].join('');
}

/** The case's timeline at `width`, laid out on its period, as SVG markup. */
export function staticTimelineSvg(theCase: Case, base: string, width: number, idPrefix: string): string {
  const data = timelineData(theCase, base);
  const geometry = layoutTimeline(data.items, data.lanes, { width, period: data.period, zone: data.zone, locale: data.locale });
  return timelineSvg(geometry, {
    idPrefix,
    title: `Timeline: ${theCase.title}`,
    description: timelineDescription(theCase),
    period: data.period,
    precisionWords: (precision) => PRECISION_LABELS[precision],
  });
}
