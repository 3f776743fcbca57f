/**
 * The marks as the browser keeps them: read once from the server's `data-*` attributes, then
 * moved on every zoom without touching the layout's rows.
 */

/** One mark and what is needed to redraw it. */
export interface Mark {
  element: SVGAElement;
  id: string;
  category: string;
  actors: string[];
  start: number;
  end: number;
  point: boolean;
  y: number;
  /** The lane's index. */
  lane: number;
  /** `lane:row`, to find the neighbours whose labels could collide. */
  row: string;
  labelWidth: number;
  label: SVGTextElement | null;
  span: SVGRectElement | null;
  /** By when it was public (UTC ms), if known: "As known on" hides it at earlier moments. */
  known: number | undefined;
  /** Left out by a filter. */
  filtered: boolean;
  /** The last state written, to skip writes that change nothing. */
  shown: boolean;
  labelShown: boolean;
  /** The label's offset from its mark. */
  labelDx: number;
  /** Left where it was while scrolled out of view during a gesture, to be drawn again. */
  stale: boolean;
}

/** Reads every mark under `svg`, in document (chronological) order. */
export function readMarks(svg: SVGSVGElement): Mark[] {
  return [...svg.querySelectorAll<SVGAElement>('a[data-item]')].map((element) => {
    const data = element.dataset;
    const y = Number(/translate\([^ ]+ ([^)]+)\)/.exec(element.getAttribute('transform') ?? '')?.[1] ?? 0);
    return {
      element,
      id: data.item ?? '',
      category: data.category ?? '',
      actors: (data.actors ?? '').split(' ').filter(Boolean),
      start: Number(data.start),
      end: Number(data.end),
      point: data.shape === 'point',
      y,
      lane: Number(data.lane),
      row: `${data.lane}:${data.row}`,
      labelWidth: Number(data.labelWidth),
      label: element.querySelector('text'),
      span: element.querySelector('rect'),
      known: data.known === undefined ? undefined : Number(data.known),
      filtered: false,
      shown: true,
      labelShown: element.querySelector('text')?.getAttribute('visibility') !== 'hidden',
      labelDx: Number(element.querySelector('text')?.getAttribute('x') ?? Number.NaN),
      stale: false,
    };
  });
}
