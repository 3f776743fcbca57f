/**
 * Redraws the timeline for a zoom transform: marks move along the axis (rows stay put), labels
 * that would collide at this zoom are hidden, and the axis, the period, the overview's brush and
 * the note on what is out of view follow; or, while a gesture zooms, the same picture is sketched
 * on a canvas. Positions come from the server's times, so the browser needs no scale library.
 */
import { placeAxis } from '../layout/axis.ts';
import { axisTicks } from '../layout/ticks.ts';
import { METRICS } from '../layout/metrics.ts';
import type { Window } from '../layout/types.ts';
import { outsideText } from '../outside-text.ts';
import { drawAxis } from './axis.ts';
import type { Mark } from './marks.ts';
import { inView, labelsDrawn, place, type Placed } from './placement.ts';
import { drawSketch, type Sketch } from './sketch.ts';

/** The parts of the page a view draws into. */
export interface ViewParts {
  svg: SVGSVGElement;
  axis: SVGGElement;
  /** The group holding the marks. */
  layer: SVGGElement;
  period: SVGRectElement | null;
  brush: SVGRectElement | null;
  overviewWidth: number;
  context: Window;
  outside: HTMLElement | null;
  marks: Mark[];
  zone: string;
  locale: string;
}

/** A band of the chart's height, in its own units: `top` to `bottom`. */
export interface Rows {
  top: number;
  bottom: number;
}

/** Maps times to pixels at zoom `k` and offset `tx`, over a base window `focus` on `width`. */
export function scaleFor(focus: Window, width: number, k: number, tx: number) {
  const perMs = (width / (focus.end - focus.start)) * k;
  const invert = (px: number) => focus.start + (px - tx) / perMs;
  return {
    x: (t: number) => (t - focus.start) * perMs + tx,
    invert,
    /** The window shown on `[0, w]`. */
    window: (w: number): Window => ({ start: invert(0), end: invert(w) }),
  };
}

/**
 * Draws everything for the window `[invert(0), invert(width)]`. With `panBy` (a pan at an
 * unchanged zoom, since the last full draw), the marks move together by one transform on their
 * group, and only marks that come into view are written: a pan then costs the same with 10 items
 * as with 10,000. While a gesture lasts (`settled` false) the note on what is out of view waits:
 * new text there lays the whole page out again. A settled draw follows when the gesture ends.
 * With `rows` (the chart's rows on screen, from top to bottom), marks in rows scrolled out of the
 * page's view are left as they are, and drawn when they come into view or the gesture settles:
 * restyling a mark costs the same whether or not the reader can see it.
 */
export function draw(
  parts: ViewParts,
  x: (t: number) => number,
  invert: (px: number) => number,
  width: number,
  height: number,
  { panBy, settled, rows: onScreen }: { panBy?: number; settled: boolean; rows?: Rows },
): Window {
  const window = { start: invert(0), end: invert(width) };
  const dx = panBy ?? 0;
  if (panBy === undefined) parts.layer.removeAttribute('transform');
  else parts.layer.setAttribute('transform', `translate(${round(dx)} 0)`);
  const placed: Placed[] = [];
  for (const mark of parts.marks) {
    if (onScreen && (mark.y < onScreen.top || mark.y > onScreen.bottom)) {
      mark.stale = true;
      continue;
    }
    const at = place(mark, x, width);
    const shown = !mark.filtered && inView(at, width);
    const appears = shown && (!mark.shown || mark.stale);
    mark.stale = false;
    if (shown !== mark.shown) {
      mark.shown = shown;
      if (shown) mark.element.removeAttribute('display');
      else mark.element.setAttribute('display', 'none');
    }
    if (!shown || (panBy !== undefined && !appears)) continue;
    mark.element.setAttribute('transform', `translate(${round(at.x0 - dx)} ${mark.y})`);
    mark.span?.setAttribute('width', String(round(Math.max(at.x1 - at.x0, 2))));
    if (panBy !== undefined) continue;
    // Relative to the mark, the label only moves where the view's edges push it: write it then.
    const labelDx = round(at.box.labelX - at.x0);
    if (labelDx !== mark.labelDx) {
      mark.labelDx = labelDx;
      mark.label?.setAttribute('x', String(labelDx));
    }
    placed.push(at);
  }
  labelsDrawn(placed).forEach((drawn, i) => {
    const { mark } = placed[i]!;
    if (drawn === mark.labelShown) return;
    mark.labelShown = drawn;
    if (drawn) mark.label?.removeAttribute('visibility');
    else mark.label?.setAttribute('visibility', 'hidden');
  });
  drawAxis(parts.axis, axisTicks(window, width, parts.zone, parts.locale), x, width, height);
  const period = periodAt(parts, x);
  if (parts.period && period) {
    parts.period.setAttribute('x', String(round(period.x0)));
    parts.period.setAttribute('width', String(round(Math.max(period.x1 - period.x0, 0))));
  }
  drawBrush(parts, window);
  if (!settled) return window;
  // Only when it changes: new text in the page's flow makes the browser lay the page out again.
  const note = outsideCount(parts.marks, window);
  if (parts.outside && parts.outside.textContent !== note) parts.outside.textContent = note;
  return window;
}

/**
 * Draws a frame of a gesture on `sketch` rather than in the SVG: the period, the axis, the lanes
 * and the marks in view in the rows on `screen` (the band of the chart the reader sees), with the
 * labels that fit, placed as `draw` places them; the overview's brush as `draw` does. The SVG is
 * left for the settled draw, which writes every mark.
 */
export function sketchView(parts: ViewParts, sketch: Sketch, x: (t: number) => number, invert: (px: number) => number, width: number, height: number, screen: Rows): Window {
  const window = { start: invert(0), end: invert(width) };
  // A mark just above or below the band may still reach into it.
  const [top, bottom] = [screen.top - METRICS.row, screen.bottom + METRICS.row];
  const marks: Placed[] = [];
  for (const mark of parts.marks) {
    if (mark.filtered || mark.y < top || mark.y > bottom) continue;
    const at = place(mark, x, width);
    if (inView(at, width)) marks.push(at);
  }
  const period = periodAt(parts, x);
  const axis = placeAxis(axisTicks(window, width, parts.zone, parts.locale), x, width);
  const band = { top: Math.max(screen.top, 0), bottom: Math.min(screen.bottom, height) };
  drawSketch(sketch, { period, axis, marks, labels: labelsDrawn(marks) }, band, width, height);
  drawBrush(parts, window);
  return window;
}

/** Where the case's period runs at scale `x`, from the times the server wrote on it. */
function periodAt(parts: ViewParts, x: (t: number) => number): { x0: number; x1: number } | undefined {
  if (!parts.period) return undefined;
  return { x0: x(Number(parts.period.dataset.start)), x1: x(Number(parts.period.dataset.end)) };
}

/** Moves the overview's brush over `window`. */
export function drawBrush(parts: ViewParts, window: Window): void {
  if (!parts.brush) return;
  const { context, overviewWidth } = parts;
  const k = overviewWidth / (context.end - context.start);
  const x0 = Math.max((window.start - context.start) * k, 0);
  const x1 = Math.min((window.end - context.start) * k, overviewWidth);
  const w = Math.max(x1 - x0, 6);
  parts.brush.setAttribute('x', String(round(Math.min(x0, overviewWidth - w))));
  parts.brush.setAttribute('width', String(round(w)));
}

function outsideCount(marks: Mark[], window: Window): string {
  let before = 0;
  let after = 0;
  for (const mark of marks) {
    if (mark.filtered) continue;
    if (mark.end <= window.start) before += 1;
    else if (mark.start >= window.end) after += 1;
  }
  return outsideText(before, after);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
