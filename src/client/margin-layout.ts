/**
 * Where margin notes go, as numbers: each note beside the line of its marker, without overlap.
 *
 * Sidenotes are right floats that clear each other, so a long note pushes every later one down,
 * away from its phrase. Here each note gets at most the room before the next note's line: a note
 * longer than that is clamped to whole lines (never fewer than `minLines`) and shows a "more"
 * control; the reader can expand it, and the notes after an expanded one yield. Other things in
 * the margin (an aside such as the case's glance) are obstacles: a note goes before one only if
 * it fits there, else below it. Data in, data out: the DOM side is `margin-notes.ts`.
 */

/** A note as measured: where it would sit if nothing were above it, and its full height. */
export interface MarginNote {
  /** The top it takes beside its marker's line when nothing pushes it (px, page coordinates). */
  want: number;
  /** Its full height (px). */
  height: number;
  /** The reader expanded it: never clamp it. */
  expanded?: boolean;
}

/** Where a note goes and how much of it shows. */
export interface MarginPlacement {
  top: number;
  /** The height it shows: its full height, or less when clamped. */
  height: number;
  clamped: boolean;
}

/** The spacing of the margin column. */
export interface MarginMetrics {
  /** Space between two notes (px): one's bottom margin plus the next one's top margin. */
  gap: number;
  /** The height of one line of note text (px). */
  line: number;
  /** A clamped note shows at least this many lines. */
  minLines: number;
  /**
   * How far a note may push the next one down before it is clamped instead (px): clamping a
   * note to save a few pixels would hide words for nothing.
   */
  slack: number;
}

/** Something else in the margin, which notes must not cover (px, page coordinates). */
export interface MarginObstacle {
  top: number;
  bottom: number;
}

/** The first top at or after `top` where `least` pixels fit between the obstacles. */
function clearOf(top: number, least: number, obstacles: readonly MarginObstacle[], gap: number): number {
  let clear = top;
  for (const obstacle of obstacles) {
    if (clear < obstacle.bottom + gap && clear + least + gap > obstacle.top) clear = obstacle.bottom + gap;
  }
  return clear;
}

/**
 * Places notes in document order; `notes` is sorted by `want`, as floats in order are, and
 * `obstacles` by `top`.
 */
export function placeMarginNotes(notes: readonly MarginNote[], metrics: MarginMetrics, obstacles: readonly MarginObstacle[] = []): MarginPlacement[] {
  const placements: MarginPlacement[] = [];
  let bottom = -Infinity;
  notes.forEach((note, index) => {
    const least = note.expanded ? note.height : Math.min(note.height, metrics.minLines * metrics.line);
    const top = clearOf(Math.max(note.want, bottom + metrics.gap), least, obstacles, metrics.gap);
    const next = notes[index + 1];
    const limit = Math.min(next?.want ?? Infinity, obstacles.find((obstacle) => obstacle.top >= top)?.top ?? Infinity);
    const room = limit - metrics.gap - top;
    let height = note.height;
    if (!note.expanded && height > room + metrics.slack) {
      const lines = Math.max(metrics.minLines, Math.floor(room / metrics.line));
      height = Math.min(note.height, lines * metrics.line);
    }
    placements.push({ top, height, clamped: height < note.height });
    bottom = top + height;
  });
  return placements;
}
