/**
 * What the timeline's browser bundle has in place of d3-transition (`astro.config.mjs` points
 * `d3-transition` here). d3-zoom imports it only to stop a running zoom transition when a new
 * gesture starts (`interrupt`, `selection.interrupt()`). Casebook's timeline never zooms through a
 * d3 transition: its eased moves are its own (`animate.ts`) and the double-click zoom, which would
 * start one, is off. So there is never a transition to stop, and the case page need not carry
 * d3-transition with the d3-timer and d3-ease it brings (d3-color stays: d3-scale needs it).
 */
import { selection } from 'd3-selection';

/** Stops the d3 transitions of `node`: the timeline starts none. */
export function interrupt(_node: Element, _name?: string): void {}

const prototype = selection.prototype as unknown as Record<'interrupt' | 'transition', (this: unknown) => unknown>;

/** `selection.interrupt()`, as d3-zoom calls it before it sets a transform: nothing to stop. */
prototype.interrupt = function () {
  return this;
};

/** A d3 transition would need the real d3-transition: fail at once rather than do nothing. */
prototype.transition = function () {
  throw new Error('The timeline has no d3 transitions: d3-transition is replaced by src/timeline/client/no-transition.ts (see astro.config.mjs).');
};
