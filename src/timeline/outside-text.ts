/** Words for the items out of view: "2 earlier items and 1 later item lie outside this view…". */
import { count } from '../site/format.ts';

/** The note under a timeline on what its window leaves out. */
export function outsideText(before: number, after: number): string {
  if (before + after === 0) return 'Every item is in view.';
  const parts = [before > 0 ? count(before, 'earlier item') : '', after > 0 ? count(after, 'later item') : ''].filter(Boolean);
  return `${parts.join(' and ')} ${before + after === 1 ? 'lies' : 'lie'} outside this view: the strip below the timeline shows the whole case.`;
}
