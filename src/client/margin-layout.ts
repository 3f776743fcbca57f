/**
 * Where margin notes go, as numbers: each note beside the line of its marker, without overlap.
 *
 * Sidenotes are right floats that clear each other, so a long note pushes every later one down,
 * away from its phrase. Here each note gets at most the room before the next note's line: a note
 * longer than that is clamped to whole lines (never fewer than `minLines`) and shows a "more"
 * control; the reader can expand it, and the notes after an expanded one yield. Data in, data out:
 * the DOM side is `margin-notes.ts`.
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

/** Places notes in document order; `notes` is sorted by `want`, as floats in order are. */
export function placeMarginNotes(notes: readonly MarginNote[], metrics: MarginMetrics): MarginPlacement[] {
  const placements: MarginPlacement[] = [];
  let bottom = -Infinity;
  notes.forEach((note, index) => {
    const top = Math.max(note.want, bottom + metrics.gap);
    const next = notes[index + 1];
    const room = next === undefined ? Infinity : next.want - metrics.gap - top;
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
