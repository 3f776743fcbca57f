/**
 * Items as SVG marks. Each is a link to the item's page, carrying `data-item` and `data-kind`
 * (PRODUCT.md §7) and, when the browser redraws the timeline, what it needs to redraw the mark at
 * another zoom. Without JavaScript the marks are not in the tab order: the ordered list beside the
 * timeline is their keyboard twin.
 */
import type { PlacedItem } from '../layout/types.ts';
import { METRICS } from '../layout/metrics.ts';
import { textWidth } from '../layout/text.ts';
import { escape, num } from './escape.ts';

/** Words for how precisely a time is known, for a mark's accessible name. */
export type PrecisionWords = (precision: PlacedItem['item']['precision']) => string;

/** How a mark is drawn. */
export interface MarkOptions {
  /** The item of the page the timeline is on, highlighted. */
  current?: boolean;
  /**
   * Whether the browser redraws the mark (`client/marks.ts` reads it back): it then carries its
   * times, lane, row and label width, and a label element even while the label is hidden.
   */
  redrawn?: boolean;
}

/** One item's mark: a point or a span, with its label below. */
export function markSvg(placed: PlacedItem, laneLabel: string, precisionWords: PrecisionWords, options: MarkOptions = {}): string {
  const { item, shape } = placed;
  const { current = false, redrawn = false } = options;
  const width = Math.max(placed.x1 - placed.x0, 2);
  const r = METRICS.point;
  const uncertain = item.precision === 'range' || item.precision === 'relative';
  const mark =
    shape === 'point'
      ? item.kind === 'event'
        ? `<path class="tl-mark tl-point" d="M0,${-r - 1}L${r + 1},0L0,${r + 1}L${-r - 1},0Z"/>`
        : `<circle class="tl-mark tl-point" r="${r}"/>`
      : `<rect class="tl-mark tl-span${uncertain ? ' tl-uncertain' : ''}" x="0" y="-4" width="${num(width)}" height="8" rx="2"/>`;
  const name = `${laneLabel ? `${laneLabel}: ` : ''}${item.name ?? item.label} — ${item.timeLabel} (${precisionWords(item.precision)})`;
  const identity = [
    `class="tl-item tl-${item.kind}${current ? ' is-current' : ''}"`,
    `href="${escape(item.href)}"`,
    'tabindex="-1"',
    `aria-label="${escape(name)}"`,
    `data-item="${escape(item.id)}"`,
    `data-kind="${item.kind}"`,
  ];
  const redraw = [
    `data-category="${escape(item.category)}"`,
    `data-actors="${escape(item.actors.join(' '))}"`,
    `data-lane="${placed.lane}"`,
    `data-row="${placed.row}"`,
    `data-shape="${shape}"`,
    `data-precision="${item.precision}"`,
    `data-start="${item.start}"`,
    `data-end="${item.end}"`,
    `data-label-width="${textWidth(item.label)}"`,
    ...(item.known === undefined ? [] : [`data-known="${item.known}"`]),
  ];
  const attributes = [...identity, ...(redrawn ? redraw : []), `transform="translate(${num(placed.x0)} ${num(placed.y)})"`];
  const label =
    redrawn || (placed.labelShown && item.label)
      ? `<text class="tl-label" x="${num(placed.labelDx)}" y="${METRICS.row - METRICS.markY - 7}"${placed.labelShown ? '' : ' visibility="hidden"'}>${escape(item.label)}</text>`
      : '';
  return `<a ${attributes.join(' ')}>${mark}${label}</a>`;
}
