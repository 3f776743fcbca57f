/**
 * `<casebook-timeline>`: the server-rendered timeline, enhanced. Wheel, pinch and drag zoom and
 * pan (d3-zoom); zoom buttons; filters by actor and kind; arrow keys, Home and End move between
 * items in time, Enter opens an item's details; `#item-id` opens on that item. Everything it
 * draws comes from the `data-*` attributes the server wrote.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { rememberTicks, type TickSpan } from '../layout/known-ticks.ts';
import type { Window } from '../layout/types.ts';
import { wallTime } from '../layout/zone.ts';
import { animateWindow } from './animate.ts';
import { inTasks } from './tasks.ts';
import { applyAsOfToLists, applyFilters, asOfChosen } from './filter.ts';
import { METRICS } from '../layout/metrics.ts';
import { readMarks, type Mark } from './marks.ts';
import { relayout } from './relayout.ts';
import { dragOverview, resizeOverview } from './overview.ts';
import { closePanel, openPanel } from './panel.ts';
import { fitLaneLabels } from './lane-labels.ts';
import { closeSketch, openSketch, type Sketch } from './sketch.ts';
import { draw, drawBrush, scaleFor, sketchView, type Rows, type ViewParts } from './view.ts';

const HOUR = 3_600_000;
/** How far above and below the screen rows are still drawn during a gesture, in pixels. */
const OFF_SCREEN = 60;

class CasebookTimeline extends HTMLElement {
  #parts!: ViewParts;
  #zoom!: ZoomBehavior<SVGSVGElement, unknown>;
  #focus!: Window;
  #width = 0;
  #height = 0;
  #window!: Window;
  #current = 0;
  #panel!: HTMLElement;
  #transform: ZoomTransform = zoomIdentity;
  /** The transform of the last full draw. */
  #drawn: { k: number; tx: number } | undefined;
  #frame = 0;
  /** Whether the last draw was mid-gesture, to be followed by a settled one. */
  #live = false;
  /** Whether the window shown is a step of a move, whose last step follows. */
  #moving = false;
  /** The canvas the chart is sketched on while a zoom lasts. */
  #sketch: Sketch | undefined;
  /** The width last found for the frame, and whether laying the timeline out at it is under way. */
  #nextWidth = 0;
  #resizing = false;
  /** Whether the frame's size is watched (the element may be connected again). */
  #observed = false;

  connectedCallback(): void {
    const frame = this.querySelector<HTMLElement>('.tl-frame');
    if (!frame || !this.querySelector('svg.tl-svg') || !this.querySelector('.tl-panel') || this.#observed) return;
    this.#observed = true;
    // The frame's width comes as the page's own layout finds it, not from a layout forced here.
    new ResizeObserver(([entry]) => this.#widthFound(Math.max(Math.floor(entry!.contentRect.width), 240))).observe(frame);
  }

  /**
   * Lays the timeline out again at `width`. The work runs in short tasks after the page's own
   * layout, so that a phone opening the page is never held up for long: reading the marks and
   * setting up zoom the first time, then the chart, then the strip (and, the first time, the
   * controls).
   */
  #widthFound(width: number): void {
    this.#nextWidth = width;
    if (this.#resizing) return;
    this.#resizing = true;
    const first = !this.#parts;
    inTasks(
      () => {
        if (first) this.#setUp();
      },
      () => this.#resize(this.#nextWidth),
      () => {
        this.#resizing = false;
        this.#resizeOverview();
        if (first) this.#enhance();
        if (this.#nextWidth !== this.#width) this.#widthFound(this.#nextWidth);
      },
    );
  }

  /** Reads what the server wrote: the windows, the marks, the ticks of the first axes; sets up zoom. */
  #setUp(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.tl-svg')!;
    const data = this.dataset;
    this.#focus = { start: Number(data.focusStart), end: Number(data.focusEnd) };
    this.#window = this.#focus;
    this.#height = Number(svg.getAttribute('height'));
    this.#panel = this.querySelector<HTMLElement>('.tl-panel')!;
    const overview = this.querySelector<SVGSVGElement>('svg.tl-overview');
    this.#parts = {
      svg,
      axis: svg.querySelector('.tl-axis')!,
      layer: svg.querySelector('.tl-marks')!,
      period: svg.querySelector('.tl-period'),
      brush: this.querySelector('.tl-overview-window .tl-brush'),
      overviewWidth: Number(overview?.getAttribute('width') ?? 0),
      context: { start: Number(data.contextStart), end: Number(data.contextEnd) },
      outside: this.querySelector('.tl-outside'),
      marks: readMarks(svg),
      zone: data.zone ?? 'UTC',
      locale: data.locale ?? 'en-GB',
    };
    rememberTicks(JSON.parse(data.ticks ?? '[]') as TickSpan[], this.#parts.zone, this.#parts.locale);
    this.#setupZoom(svg);
  }

  /** Makes the laid-out timeline interactive: controls, keyboard, the strip, a deep link. */
  #enhance(): void {
    // Enhanced, the marks are a composite widget: one tab stop, arrows move between items (the
    // server already made the SVG a group).
    this.classList.add('is-enhanced');
    this.#setupControls();
    const overview = this.querySelector<SVGSVGElement>('svg.tl-overview');
    if (overview) dragOverview(overview, this.#parts.context, () => this.#window, (window, last) => this.#showStep(window, last));
    this.#setupKeyboard(this.#parts.svg);
    const first = this.#parts.marks.findIndex((mark) => mark.end > this.#focus.start);
    this.#rove(Math.max(first, 0));
    this.#openFromHash();
    addEventListener('hashchange', () => this.#openFromHash());
    // The first time read through Intl loads the browser's locale and zone data: read one when
    // the reader comes near, not in the frame of a zoom past the axes the server worked out.
    const warmUp = () => setTimeout(() => wallTime(this.#window.start, this.#parts.zone));
    for (const type of ['pointerenter', 'focusin']) this.addEventListener(type, warmUp, { once: true });
  }

  /** Lays the chart out again at `width`, keeping the window shown. */
  #resize(width: number): void {
    if (width === this.#width) return;
    this.#width = width;
    const { svg } = this.#parts;
    svg.setAttribute('width', String(width));
    svg.querySelector('clipPath rect')?.setAttribute('width', String(width));
    for (const rule of svg.querySelectorAll('.tl-lane-rule')) rule.setAttribute('x2', String(width));
    fitLaneLabels(svg, width);
    this.#relayout();
    const span = this.#parts.context.end - this.#parts.context.start;
    const focusSpan = this.#focus.end - this.#focus.start;
    this.#zoom
      .extent([[0, 0], [width, this.#height]])
      .scaleExtent([Math.min(focusSpan / span, 1), Math.max(focusSpan / (2 * HOUR), 1)])
      .translateExtent([[this.#x(this.#parts.context.start, 1, 0), 0], [this.#x(this.#parts.context.end, 1, 0), this.#height]]);
    this.#show(this.#window);
  }

  /** Lays the overview strip out again at the chart's width. */
  #resizeOverview(): void {
    const overview = this.querySelector<SVGSVGElement>('svg.tl-overview');
    const brush = this.querySelector<SVGSVGElement>('svg.tl-overview-window');
    if (overview) resizeOverview(overview, brush, this.#parts.context, this.#width, this.#parts.zone, this.#parts.locale);
    this.#parts.overviewWidth = this.#width;
    drawBrush(this.#parts, this.#window);
  }

  /** Packs the rows again for this width and the filters, and sizes the chart to fit. */
  #relayout(): void {
    const { svg, marks } = this.#parts;
    this.#height = relayout(svg, marks, scaleFor(this.#focus, this.#width, 1, 0).x, this.#width, Number(this.dataset.maxRows ?? 6));
    svg.setAttribute('height', String(this.#height));
    svg.setAttribute('viewBox', `0 0 ${this.#width} ${this.#height}`);
    svg.querySelector('clipPath rect')?.setAttribute('height', String(this.#height));
    this.#parts.period?.setAttribute('height', String(this.#height - METRICS.axis));
    this.#zoom.extent([[0, 0], [this.#width, this.#height]]);
  }

  /** The base position of time `t` (zoom 1) at zoom `k` and offset `tx`. */
  #x(t: number, k: number, tx: number): number {
    return scaleFor(this.#focus, this.#width, k, tx).x(t);
  }

  #setupZoom(svg: SVGSVGElement): void {
    this.#zoom = d3zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#transform = event.transform;
        this.#window = scaleFor(this.#focus, this.#width, event.transform.k, event.transform.x).window(this.#width);
        // A reader's gesture may send more events than there are frames: draw once a frame.
        // Anything else (buttons, keys, deep links) draws at once, as a gesture does until the
        // last step of a move.
        if (!event.sourceEvent) this.#draw(!this.#moving);
        else if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#draw(false));
      })
      .on('end', () => {
        if (!this.#moving && (this.#frame || this.#live)) this.#draw(true);
      });
    select(svg).call(this.#zoom).on('dblclick.zoom', null);
    // Vertical swipes still scroll the page; horizontal ones and pinches reach the timeline.
    svg.style.touchAction = 'pan-y';
  }

  /**
   * Draws the current transform. During a gesture, a pan at the zoom of the last full draw only
   * moves the marks' group and leaves the rows scrolled out of view for later; a zoom sketches
   * the chart on a canvas until the gesture ends (and so does a pan that follows it). Both leave
   * the note on what is out of view for later. `settled` redraws everything (labels, culling,
   * edges, the note) in the SVG.
   */
  #draw(settled: boolean): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const { k, x: tx } = this.#transform;
    const scale = scaleFor(this.#focus, this.#width, k, tx);
    const panBy = !settled && this.#drawn !== undefined && this.#drawn.k === k ? tx - this.#drawn.tx : undefined;
    this.#live = !settled;
    if (!settled && (panBy === undefined || this.#sketch)) {
      this.#sketch ??= openSketch(this.querySelector('.tl-frame')!, this.#parts.svg);
      sketchView(this.#parts, this.#sketch, scale.x, scale.invert, this.#width, this.#height, this.#rowsOnScreen(0));
      return;
    }
    if (this.#sketch) closeSketch(this.#sketch);
    this.#sketch = undefined;
    draw(this.#parts, scale.x, scale.invert, this.#width, this.#height, { panBy, settled, rows: settled ? undefined : this.#rowsOnScreen(OFF_SCREEN) });
    if (panBy === undefined) this.#drawn = { k, tx };
  }

  /** The chart's rows on the screen, and `margin` pixels above and below, in the chart's units. */
  #rowsOnScreen(margin: number): Rows {
    const box = this.#parts.svg.getBoundingClientRect();
    const unit = this.#height / (box.height || 1);
    return { top: (-box.top - margin) * unit, bottom: (innerHeight - box.top + margin) * unit };
  }

  /** Shows `window` at once. */
  #show(window: Window): void {
    const k = (this.#focus.end - this.#focus.start) / (window.end - window.start);
    const tx = -this.#x(window.start, k, 0);
    this.#zoom.transform(select(this.#parts.svg), zoomIdentity.translate(tx, 0).scale(k));
  }

  /** Moves to `window`, eased unless the reader prefers reduced motion. */
  #moveTo(window: Window): void {
    animateWindow(this.#window, window, (step, last) => this.#showStep(step, last));
  }

  /** Shows one window of a move (eased, or the reader's drag on the strip): drawn as a gesture, the last one settled. */
  #showStep(window: Window, last: boolean): void {
    this.#moving = !last;
    this.#show(window);
  }

  #zoomBy(factor: number): void {
    const { start, end } = this.#window;
    const middle = (start + end) / 2;
    const half = (end - start) / 2 / factor;
    this.#moveTo({ start: middle - half, end: middle + half });
  }

  #setupControls(): void {
    const toolbar = this.querySelector<HTMLElement>('.tl-toolbar');
    if (!toolbar) return;
    toolbar.hidden = false;
    toolbar.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
      const action = button?.dataset.zoom;
      if (action === 'in') this.#zoomBy(2);
      else if (action === 'out') this.#zoomBy(0.5);
      else if (action === 'focus') this.#moveTo(this.#focus);
      else if (action === 'all') this.#moveTo(this.#parts.context);
    });
    toolbar.addEventListener('change', () => {
      const remaining = applyFilters(toolbar, this.#parts.marks);
      const asOf = asOfChosen(toolbar);
      applyAsOfToLists(document, asOf);
      toolbar.querySelector('.tl-as-of-note')?.toggleAttribute('hidden', asOf === undefined);
      this.#relayout();
      this.#show(this.#window);
      const status = this.querySelector('.tl-status');
      if (status) status.textContent = `Showing ${remaining} of ${this.#parts.marks.length} items.`;
      if (this.#parts.marks[this.#current]?.filtered) this.#rove(this.#step(this.#current, 1) ?? this.#step(this.#current, -1) ?? this.#current);
    });
    this.#panel.querySelector('.tl-panel-close')?.addEventListener('click', () => {
      closePanel(this.#panel);
      this.#parts.marks[this.#current]?.element.focus();
    });
  }

  #setupKeyboard(svg: SVGSVGElement): void {
    svg.addEventListener('keydown', (event) => {
      const moves: Record<string, () => number | undefined> = {
        ArrowRight: () => this.#step(this.#current, 1),
        ArrowDown: () => this.#step(this.#current, 1),
        ArrowLeft: () => this.#step(this.#current, -1),
        ArrowUp: () => this.#step(this.#current, -1),
        Home: () => this.#step(-1, 1),
        End: () => this.#step(this.#parts.marks.length, -1),
      };
      if (event.key in moves) {
        const next = moves[event.key]!();
        if (next !== undefined) this.#rove(next, true);
      } else if (event.key === '+' || event.key === '=') this.#zoomBy(2);
      else if (event.key === '-') this.#zoomBy(0.5);
      else if (event.key === 'Escape') closePanel(this.#panel);
      else return;
      event.preventDefault();
    });
    svg.addEventListener('click', (event) => {
      const element = this.#markAt(event);
      if (!element || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      const index = this.#parts.marks.findIndex((mark) => mark.element === element);
      this.#rove(index, true);
      this.#open(index);
    });
  }

  /**
   * The mark a click is on. A click that comes as a wheel zoom settles was aimed at the sketch,
   * over marks hidden until then: the view is settled and the mark under the pointer found.
   */
  #markAt(event: MouseEvent): SVGAElement | null {
    const hit = (event.target as Element).closest<SVGAElement>('a[data-item]');
    if (hit || event.target !== this.#parts.svg) return hit;
    if (this.#live) this.#draw(true);
    return document.elementFromPoint(event.clientX, event.clientY)?.closest<SVGAElement>('a[data-item]') ?? null;
  }

  /** The next item from `from` in direction `by` that no filter hides. */
  #step(from: number, by: 1 | -1): number | undefined {
    const marks = this.#parts.marks;
    for (let i = from + by; i >= 0 && i < marks.length; i += by) if (!marks[i]!.filtered) return i;
    return undefined;
  }

  /** Makes item `index` the one tab stop; focuses it, and brings it into view, when asked. */
  #rove(index: number, focus = false): void {
    const marks = this.#parts.marks;
    marks[this.#current]?.element.setAttribute('tabindex', '-1');
    this.#current = index;
    const mark = marks[index];
    if (!mark) return;
    mark.element.setAttribute('tabindex', '0');
    if (!focus) return;
    this.#reveal(mark);
    mark.element.focus({ preventScroll: true });
    if (!this.#panel.hidden) this.#open(index);
  }

  /** Pans (and zooms out if need be) so that `mark` is in view. */
  #reveal(mark: Mark): void {
    const { start, end } = this.#window;
    const pad = (end - start) * 0.08;
    if (mark.start >= start + pad && mark.end <= end - pad) return;
    const span = Math.max(end - start, (mark.end - mark.start) * 1.25);
    const middle = (mark.start + mark.end) / 2;
    this.#moveTo({ start: middle - span / 2, end: middle + span / 2 });
  }

  #open(index: number): void {
    const mark = this.#parts.marks[index];
    if (!mark || !openPanel(this, this.#panel, mark.id)) return;
    for (const other of this.#parts.marks) other.element.classList.toggle('is-selected', other === mark);
    history.replaceState(history.state, '', `#${encodeURIComponent(mark.id)}`);
  }

  /** Opens on the item a `#item-id` link names. */
  #openFromHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const index = this.#parts.marks.findIndex((mark) => mark.id === id);
    if (index === -1) return;
    this.#rove(index);
    const mark = this.#parts.marks[index]!;
    this.#reveal(mark);
    this.#open(index);
    mark.element.scrollIntoView({ block: 'center' });
  }
}

if (!customElements.get('casebook-timeline')) customElements.define('casebook-timeline', CasebookTimeline);
