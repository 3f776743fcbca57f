/**
 * How the timeline's SVG looks, as a canvas draws it: fill, stroke and text read from an
 * element's computed style, so that the sketch of a gesture and the SVG cannot drift apart.
 */

/** What a canvas needs to draw a shape or a text as an SVG element of one class is drawn. */
export interface Look {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeOpacity: number;
  lineWidth: number;
  dash: number[];
  /** The element's own opacity. */
  opacity: number;
  font: string;
  letterSpacing: string;
  uppercase: boolean;
  underline: boolean;
}

/** How `element` looks now. */
export function readLook(element: Element): Look {
  const style = getComputedStyle(element);
  return {
    fill: style.fill,
    fillOpacity: Number(style.fillOpacity),
    stroke: style.stroke,
    strokeOpacity: Number(style.strokeOpacity),
    lineWidth: parseFloat(style.strokeWidth),
    dash: style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map(parseFloat),
    opacity: Number(style.opacity),
    font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    letterSpacing: style.letterSpacing === 'normal' ? '0px' : style.letterSpacing,
    uppercase: style.textTransform === 'uppercase',
    underline: style.textDecorationLine.includes('underline'),
  };
}

/** Fills and strokes `outline` as `look` says. */
export function paintShape(context: CanvasRenderingContext2D, look: Look, outline: Path2D): void {
  if (look.fill !== 'none') {
    context.globalAlpha = look.opacity * look.fillOpacity;
    context.fillStyle = look.fill;
    context.fill(outline);
  }
  if (look.stroke !== 'none' && look.lineWidth > 0) {
    context.globalAlpha = look.opacity * look.strokeOpacity;
    context.setLineDash(look.dash);
    context.lineWidth = look.lineWidth;
    context.strokeStyle = look.stroke;
    context.stroke(outline);
  }
  context.globalAlpha = 1;
}

/** Writes `text` from `x` on the baseline `y`, as `look` says. */
export function paintText(context: CanvasRenderingContext2D, look: Look, text: string, x: number, y: number): void {
  const shown = look.uppercase ? text.toUpperCase() : text;
  context.globalAlpha = look.opacity * look.fillOpacity;
  context.font = look.font;
  context.letterSpacing = look.letterSpacing;
  context.fillStyle = look.fill;
  context.fillText(shown, x, y);
  if (look.underline) context.fillRect(x, y + 2, context.measureText(shown).width, 1);
  context.globalAlpha = 1;
}
