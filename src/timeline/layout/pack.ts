/**
 * Packing marks and labels into rows without overlaps, as Observable Plot's `dodge` packs dots:
 * each mark goes into the first row where it (and its label) fits after what is already there.
 * When a lane has used all its rows, a mark goes where there is most room and its label is left
 * out: no two labels ever overlap.
 */

/** What a mark occupies along the axis: its own extent and the label drawn from `x0`. */
export interface PackBox {
  x0: number;
  x1: number;
  labelWidth: number;
  /** Where the label starts, when not at `x0` (see `labelStart`). */
  labelX?: number;
}

/**
 * Where the label of a mark from `x0` to `x1` starts: at the mark, unless that would run it past
 * the right edge, in which case it is drawn back to end at the edge (never past the left edge).
 * A mark that began before the left edge keeps its label at that edge while any of it is in view,
 * and takes it away with its end.
 */
export function labelStart(x0: number, x1: number, labelWidth: number, width: number): number {
  if (x0 < 0) return Math.min(0, x1);
  return Math.max(0, Math.min(x0, width - labelWidth));
}

/** Where a mark went: its row, and whether its label is drawn. */
export interface Packed {
  row: number;
  labelShown: boolean;
}

/** Space kept between neighbours in a row, in pixels. */
export const PACK_GAP = 8;

/** Packs `boxes` (in any order) into at most `maxRows` rows; returns one result per box, in order. */
export function packRows(boxes: readonly PackBox[], maxRows = 6, gap = PACK_GAP): Packed[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x0 - boxes[b]!.x0 || a - b);
  const ends: number[] = [];
  const result: Packed[] = new Array(boxes.length);
  for (const i of order) {
    const box = boxes[i]!;
    const labelX = box.labelX ?? box.x0;
    const left = Math.min(box.x0, labelX);
    const reach = Math.max(box.x1, labelX + box.labelWidth);
    let row = ends.findIndex((end) => end + gap <= left);
    if (row === -1 && ends.length < maxRows) row = ends.length;
    if (row !== -1) {
      ends[row] = reach;
      result[i] = { row, labelShown: true };
      continue;
    }
    // Every row is taken here: the row that frees up first takes the mark, without its label.
    row = ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row]!, box.x1);
    result[i] = { row, labelShown: false };
  }
  return result;
}

/**
 * Which labels of one row can be drawn at another zoom without overlapping: from left to right,
 * a label is drawn when it starts after the last drawn label ends. `boxes` must be in `x0` order.
 * Marks do not count: they sit on their own line, above the labels.
 */
export function visibleLabels(boxes: readonly PackBox[], gap = PACK_GAP): boolean[] {
  let end = -Infinity;
  return boxes.map((box) => {
    const labelX = box.labelX ?? box.x0;
    if (labelX < end + gap) return false;
    end = labelX + box.labelWidth;
    return true;
  });
}
