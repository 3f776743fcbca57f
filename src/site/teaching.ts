/**
 * What a case gives its teachers and discussion: every question written anywhere in the case
 * (with the teacher notes that follow it, in the teacher edition), the glossary terms the case
 * uses, and activities suggested from what the case contains.
 */
import { teachingBlocks, termIds } from '../markdown/blocks.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { Case, Site, Term } from '../model/types.ts';
import { edition } from './edition.ts';
import { statementText, truncate } from './format.ts';
import { pageUrl } from './urls.ts';

/** A body of a case, with the page it is shown on. */
interface CaseBody {
  body: string;
  name: string;
  href: string;
  /** An `.mdx` body: its blocks' ids are its own, so links go to the page, not the block. */
  mdx: boolean;
}

/** A discussion question written in a body, rendered, with where it stands and its teacher notes. */
export interface CollectedQuestion {
  html: string;
  /** The page (and place on it) where the question is written, and that page's name. */
  where: { name: string; href: string };
  /** The teacher notes that follow the question (teacher edition only), rendered. */
  teacherNotes: string[];
}

/** The case's bodies in reading order: overview, then statements and events in time, then claims. */
function caseBodies(theCase: Case, base: string): CaseBody[] {
  return [
    { body: theCase.body, name: 'the case overview', href: pageUrl(base, 'case', theCase.id), mdx: theCase.file.endsWith('.mdx') },
    ...theCase.items.map((item) => ({
      body: item.body,
      name: item.type === 'event' ? item.title : `${item.speaker.name}: “${truncate(statementText(item), 60)}”`,
      href: pageUrl(base, item.type, item.id, theCase.id),
      mdx: item.file.endsWith('.mdx'),
    })),
    ...theCase.claims.map((claim) => ({
      body: claim.body,
      name: `the claim “${truncate(claim.claim, 60)}”`,
      href: pageUrl(base, 'claim', claim.id, theCase.id),
      mdx: claim.file.endsWith('.mdx'),
    })),
  ];
}

/**
 * Every `:::question` written in the case's bodies, in reading order, rendered for this edition;
 * in the teacher edition each carries the `:::teacher` blocks that directly follow it.
 */
export async function collectQuestions(site: Site, theCase: Case): Promise<CollectedQuestion[]> {
  const base = import.meta.env.BASE_URL;
  const questions: CollectedQuestion[] = [];
  let count = 0;
  for (const { body, name, href, mdx } of caseBodies(theCase, base)) {
    if (!body.includes(':::')) continue;
    let last: CollectedQuestion | undefined;
    for (const block of teachingBlocks(body, edition)) {
      const idPrefix = `collected-${++count}-`;
      const { html } = await renderMarkdown(block.markdown, { site, caseId: theCase.id, edition, base, idPrefix, home: href });
      if (block.kind === 'question') {
        last = { html, where: { name, href: mdx ? href : `${href}#user-content-question-${block.number}` }, teacherNotes: [] };
        questions.push(last);
      } else if (block.afterQuestion && last) {
        last.teacherNotes.push(html);
      }
    }
  }
  return questions;
}

/** The `:::teacher` blocks of the case that follow no question, rendered, with where they stand. */
export async function standaloneTeacherNotes(site: Site, theCase: Case): Promise<{ html: string; where: { name: string; href: string } }[]> {
  if (edition !== 'teacher') return [];
  const base = import.meta.env.BASE_URL;
  const notes: { html: string; where: { name: string; href: string } }[] = [];
  let count = 0;
  for (const { body, name, href, mdx } of caseBodies(theCase, base)) {
    if (!body.includes(':::')) continue;
    for (const block of teachingBlocks(body, edition)) {
      if (block.kind !== 'teacher' || block.afterQuestion) continue;
      const { html } = await renderMarkdown(block.markdown, { site, caseId: theCase.id, edition, base, idPrefix: `standalone-${++count}-`, home: href });
      notes.push({ html, where: { name, href: mdx ? href : `${href}#user-content-teacher-note-${block.number}` } });
    }
  }
  return notes;
}

/** The glossary terms the case's bodies and commentary link to, alphabetically. */
export function caseTerms(site: Site, theCase: Case): Term[] {
  const bodies = [
    theCase.body,
    ...theCase.items.map((item) => item.body),
    ...theCase.claims.map((claim) => claim.body),
    ...theCase.annotations.map((annotation) => annotation.body),
    ...theCase.actors.map((actor) => actor.body),
  ];
  const ids = new Set(bodies.filter((body) => body.includes(':term')).flatMap(termIds));
  return [...ids]
    .flatMap((id) => site.terms.get(id) ?? [])
    .sort((a, b) => a.term.localeCompare(b.term, theCase.locale));
}
