/**
 * What a page tells the Markdown plugins about the body being rendered, and how the plugins find
 * it: `render(content, { frontmatter: { casebook: context } })` puts it on
 * `file.data.astro.frontmatter.casebook`. Astro's own content rendering (astro.config.mjs) passes
 * no context: every plugin then falls back to safe defaults (student edition, no links resolved).
 */
// Brings in Astro's typing of `file.data.astro`.
import type {} from '@astrojs/markdown-remark';
import type { ElementContent, RootContent } from 'hast';
import type { VFile } from 'vfile';
import type { Annotation, Site } from '../model/types.ts';

/** Which edition is being built (PRODUCT.md §1). */
export type Edition = 'student' | 'teacher';

/** Everything the plugins need to render one body of one page. */
export interface RenderContext {
  site: Site;
  /** The case the body belongs to: statement, event and claim directives link within it. */
  caseId?: string;
  edition: Edition;
  /** The site's base path, `/` or `/some/path/`. */
  base: string;
  /** The number of the body's first note (default 1): the page numbers the quote's notes first. */
  noteStart?: number;
  /** Prepended to footnote and question ids, so that several bodies can share a page. */
  idPrefix?: string;
  /** Annotations of the body's target; those anchored in the body (`anchor.field === 'body'`) are marked. */
  annotations?: readonly Annotation[];
  /**
   * The address (base included) of the page the body belongs to, e.g. `/cases/x/`: relative
   * links are resolved against it, so that they work on every page the body is shown on.
   */
  home?: string;
}

/** One entry of a page's combined list of notes, in numbering order. */
export interface Note {
  number: number;
  kind: 'annotation' | 'footnote';
  /**
   * For an annotation, its id. For a footnote, an id unique on the page (`<idPrefix>fn-<label>`).
   * Either way the note's element must carry `id="note-<id>"`: that is where markers link.
   */
  id: string;
  /** For a footnote, its content as sanitised HTML, back-links included. */
  html?: string;
  /** For a footnote, the same content as hast: its sidenote is copied from it, not from `html` parsed again. */
  content?: ElementContent[];
}

/** A rendered body: its HTML and the notes its markers point to. */
export interface RenderedBody {
  html: string;
  notes: Note[];
  /** The same HTML as hast, where the renderer had it: a sidenote is copied from it rather than from `html` parsed again. */
  content?: RootContent[];
}

/** The context as plugins see it: every field may be missing (Astro passes none). */
export type PluginContext = Partial<RenderContext>;

/** What the Markdown processor's frontmatter object carries for Casebook, both ways. */
export interface CasebookFrontmatter {
  casebook?: PluginContext;
  /** Written by the notes plugin: the notes of the body just rendered. */
  casebookNotes?: Note[];
}

/** The Casebook slot of a file's frontmatter object, or undefined when there is none. */
export function casebookFrontmatter(file: VFile): CasebookFrontmatter | undefined {
  const frontmatter: unknown = file.data.astro?.frontmatter;
  return frontmatter && typeof frontmatter === 'object' ? (frontmatter as CasebookFrontmatter) : undefined;
}

/** The render context of a file; empty (all defaults) when the page passed none. */
export function pluginContext(file: VFile): PluginContext {
  const context = casebookFrontmatter(file)?.casebook;
  return context && typeof context === 'object' ? context : {};
}

/** The edition to render; student (nothing teacher-only) unless the context says teacher. */
export function editionOf(context: PluginContext): Edition {
  return context.edition === 'teacher' ? 'teacher' : 'student';
}
