/**
 * Looking up ids with diagnostics: every dangling reference becomes an error that names the
 * file, points at the field and suggests the nearest id that exists.
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import type { FieldPath, RawEntry } from '../types.ts';
import { didYouMean } from '../suggest.ts';

/** Collects diagnostics while references are resolved. */
export class Referrer {
  readonly diagnostics: Diagnostic[] = [];

  /** Ids of files that exist but could not be used: their own errors say why. */
  private readonly broken = new Set<string>();

  /**
   * Notes that the file defining `id` exists but was left out (invalid, or resting on something
   * invalid), so that references to it are not reported again as if the file were missing.
   */
  markBroken(id: string): void {
    this.broken.add(id);
  }

  /** The ids marked broken so far. */
  get brokenIds(): ReadonlySet<string> {
    return this.broken;
  }

  /**
   * The thing `id` names in `table`, or undefined with an error saying that `id` is not
   * `what` (e.g. "an actor") — from `entry`'s field at `path` (e.g. `['speaker']`).
   */
  find<T>(table: ReadonlyMap<string, T>, id: string, what: string, entry: RawEntry, path: FieldPath): T | undefined {
    const found = table.get(id);
    if (found !== undefined || this.broken.has(id)) return found;
    const field = path.filter((step) => typeof step === 'string').join('.');
    this.diagnostics.push(
      error('unknown-reference', entry.file, `${field} \`${id}\` is not ${what}${didYouMean(id, table.keys())}`, {
        position: entry.locate(path),
        hint: `check the id, or create the file that defines \`${id}\``,
      }),
    );
    return undefined;
  }

  /** Resolves a list of ids, dropping (and reporting) those that are not found. */
  findAll<T>(table: ReadonlyMap<string, T>, ids: readonly string[], what: string, entry: RawEntry, field: string): T[] {
    return ids.flatMap((id, index) => {
      const found = this.find(table, id, what, entry, [field, index]);
      return found === undefined ? [] : [found];
    });
  }
}
