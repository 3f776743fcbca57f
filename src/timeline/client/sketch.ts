/**
 * The chart sketched on a canvas while a gesture zooms. Moving SVG marks restyles, lays out and
 * repaints each of them every frame; a canvas drawn afresh costs one image, and an SVG left
 * untouched costs nothing. So the canvas draws what a zoom moves (the period, the axis, the lanes
 * and the marks in the band of the chart on screen) while the SVG's plot is clipped away: a
 * change of style on one group, which neither restyles nor lays out what it holds. The SVG stays
 * the truth (links, focus, what is read at rest): it is drawn where everything belongs when the
 * gesture settles, and the canvas is put away. Looks are copied from the SVG's computed style.
 */
import type { PlacedTick } from '../layout/axis.ts';
import { METRICS } from '../layout/metrics.ts';
import { AXIS_BASELINES } from '../render/axis.ts';
import type { Mark } from './marks.ts';
import type { Placed } from './placement.ts';
import { paintShape, paintText, readLook, type Look } from './sketch-look.ts';
import type { Rows } from './view.ts';

/** A lane's rule and heading, as the SVG draws them. */
interface Lane {
  y: number;
  label: string;
  labelX: number;
  labelY: number;
}

/** A canvas over a timeline's plot, and what was read for it during this gesture. */
export interface Sketch {
  canvas: HTMLCanvasElement;
  svg: SVGSVGElement;
  plot: SVGGElement;
  lanes: Lane[];
  looks: Map<string, Look>;
}

/** What a frame of the sketch shows, placed at the moment's scale. */
export interface Scene {
  period: { x0: number; x1: number } | undefined;
  axis: { minor: PlacedTick[]; major: PlacedTick[] };
  marks: readonly Placed[];
  /** Whether each mark's label is drawn. */
  labels: readonly boolean[];
}

/** A mark's outline about its own origin, and its label's text and baseline. */
interface Shape {
  outline: Path2D;
  label: string;
  labelY: number;
}

/** The outlines of marks, read from their SVG once. */
const shapes = new WeakMap<Mark, Shape>();

/** Puts a canvas over the plot of `svg`, in `frame` (made the first time), and hides the plot. */
export function openSketch(frame: HTMLElement, svg: SVGSVGElement): Sketch {
  let canvas = frame.querySelector<HTMLCanvasElement>(':scope > canvas.tl-sketch');
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.className = 'tl-sketch';
    canvas.setAttribute('aria-hidden', 'true');
    frame.append(canvas);
  }
  canvas.hidden = false;
  const lanes = [...svg.querySelectorAll('.tl-lane')].map((lane) => {
    const heading = lane.querySelector('text');
    const number = (element: Element | null, name: string) => Number(element?.getAttribute(name) ?? 0);
    return { y: number(lane.querySelector('line'), 'y1'), label: heading?.textContent ?? '', labelX: number(heading, 'x'), labelY: number(heading, 'y') };
  });
  const plot = svg.querySelector<SVGGElement>('.tl-plot')!;
  plot.style.clipPath = 'inset(50%)';
  return { canvas, svg, plot, lanes, looks: new Map() };
}

/** Puts the canvas away and shows the plot again. */
export function closeSketch(sketch: Sketch): void {
  sketch.canvas.hidden = true;
  sketch.plot.style.clipPath = '';
}

/** Draws `scene` on the sketch's canvas, over the band `rows` of a chart `width` by `height`. */
export function drawSketch(sketch: Sketch, scene: Scene, rows: Rows, width: number, height: number): void {
  const { canvas } = sketch;
  const ratio = devicePixelRatio || 1;
  const band = Math.max(rows.bottom - rows.top, 0);
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(band * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(band * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${band}px`;
  }
  canvas.style.top = `${rows.top}px`;
  const context = canvas.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, -rows.top * ratio);
  context.clearRect(0, rows.top, width, band);
  const looks = (name: string) => classLook(sketch, name);
  // In the SVG's order: period, axis lines, axis labels, lanes, marks.
  if (scene.period) {
    const outline = new Path2D();
    outline.rect(scene.period.x0, METRICS.axis, Math.max(scene.period.x1 - scene.period.x0, 0), height - METRICS.axis);
    paintShape(context, looks('tl-period'), outline);
  }
  paintShape(context, looks('tl-grid'), lines(scene.axis.minor, AXIS_BASELINES.major + 6, height));
  paintShape(context, looks('tl-grid tl-grid-major'), lines(scene.axis.major, 0, height));
  for (const tick of scene.axis.major) if (tick.labelShown) paintText(context, looks('tl-axis-major'), tick.label, tick.labelX, AXIS_BASELINES.major);
  for (const tick of scene.axis.minor) if (tick.labelShown) paintText(context, looks('tl-axis-minor'), tick.label, tick.labelX, AXIS_BASELINES.minor);
  const rules = new Path2D();
  for (const lane of sketch.lanes) {
    rules.moveTo(0, lane.y);
    rules.lineTo(width, lane.y);
  }
  paintShape(context, looks('tl-lane-rule'), rules);
  for (const lane of sketch.lanes) paintText(context, looks('tl-lane-label'), lane.label, lane.labelX, lane.labelY);
  scene.marks.forEach((at, i) => drawMark(context, at, scene.labels[i]!, markLook(sketch, at.mark), markLook(sketch, at.mark, true)));
}

/** The vertical lines of `ticks` from `y1` to `y2`, as one outline. */
function lines(ticks: PlacedTick[], y1: number, y2: number): Path2D {
  const outline = new Path2D();
  for (const tick of ticks) {
    outline.moveTo(tick.x, y1);
    outline.lineTo(tick.x, y2);
  }
  return outline;
}

function drawMark(context: CanvasRenderingContext2D, { mark, x0, x1, box }: Placed, labelShown: boolean, look: Look, labelLook: Look): void {
  const shape = shapeOf(mark);
  // A span's outline is drawn at its width; a point's about its centre.
  const outline = mark.span ? spanOutline(mark.span, Math.max(x1 - x0, 2)) : shape.outline;
  context.translate(x0, mark.y);
  paintShape(context, look, outline);
  context.translate(-x0, -mark.y);
  if (labelShown && shape.label) paintText(context, labelLook, shape.label, box.labelX, mark.y + shape.labelY);
}

/** The outline of `span` at `width`. */
function spanOutline(span: SVGRectElement, width: number): Path2D {
  const outline = new Path2D();
  const number = (name: string) => Number(span.getAttribute(name) ?? 0);
  outline.roundRect(number('x'), number('y'), width, number('height'), number('rx'));
  return outline;
}

/** How `mark` is drawn, read from its SVG the first time. */
function shapeOf(mark: Mark): Shape {
  let shape = shapes.get(mark);
  if (shape) return shape;
  const element = mark.element.firstElementChild!;
  const outline = new Path2D();
  if (element.localName === 'circle') outline.arc(0, 0, Number(element.getAttribute('r')), 0, 2 * Math.PI);
  else if (element.localName === 'path') outline.addPath(new Path2D(element.getAttribute('d') ?? ''));
  shape = { outline, label: mark.label?.textContent ?? '', labelY: Number(mark.label?.getAttribute('y') ?? 0) };
  shapes.set(mark, shape);
  return shape;
}

/** How `mark`'s shape (or its label) looks now: read once a gesture for each kind, state, focus and hover. */
function markLook(sketch: Sketch, mark: Mark, label = false): Look {
  const focused = mark.element === document.activeElement && mark.element.matches(':focus-visible');
  const shape = mark.element.firstElementChild!;
  const key = `${mark.element.getAttribute('class')}|${label ? 'label' : shape.getAttribute('class')}|${focused}|${mark.element.matches(':hover')}`;
  let look = sketch.looks.get(key);
  if (!look) sketch.looks.set(key, (look = readLook(label ? (mark.label ?? shape) : shape)));
  return look;
}

/**
 * How SVG elements of the classes `name` look: read from one in the SVG, or from one put there
 * for the reading (a tick row can be empty when the gesture starts).
 */
function classLook(sketch: Sketch, name: string): Look {
  let look = sketch.looks.get(name);
  if (look) return look;
  const selector = `.${name.replaceAll(' ', '.')}`;
  let element = sketch.svg.querySelector(selector);
  const stand = element ? undefined : document.createElementNS(sketch.svg.namespaceURI, name.startsWith('tl-axis') || name.endsWith('label') ? 'text' : 'line');
  if (stand) {
    stand.setAttribute('class', name);
    sketch.svg.querySelector('.tl-axis')!.append(stand);
    element = stand;
  }
  look = readLook(element!);
  stand?.remove();
  sketch.looks.set(name, look);
  return look;
}
