/**
 * Builds the tiny fixture case for real, in both editions, and checks the pages it produces,
 * the output contract of PRODUCT.md §7, and that a failed build leaves the last good site alone.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { casebook, page, projectRoot } from '../support/build.ts';

const fixture = join(projectRoot, 'test/fixtures/minimal/content');
const canary = 'TEACHER-CANARY-7f3a';
const work = mkdtempSync(join(tmpdir(), 'casebook-build-'));
const student = join(work, 'student');
const teacher = join(work, 'teacher');

/** Every file's text under `dir`, for whole-site searches. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

beforeAll(() => {
  const studentBuild = casebook(['build', '--out-dir', student], fixture);
  expect(studentBuild.status, studentBuild.output).toBe(0);
  const teacherBuild = casebook(['build', '--teacher', '--out-dir', teacher], fixture);
  expect(teacherBuild.status, teacherBuild.output).toBe(0);
});

describe('the student edition of the fixture case', () => {
  it('has a home page listing the case', () => {
    const home = page(student, '');
    expect(home).toContain('The Riverside council website slowdown');
    expect(home).toContain('href="/cases/fixture-case/"');
  });

  it('lists statements and events in chronological order with their labels', () => {
    const html = page(student, 'cases/fixture-case/');
    const order = ['fixture-outage', 'fixture-council-quote', 'fixture-gazette-story'].map((id) =>
      html.indexOf(`/cases/fixture-case/${id === 'fixture-council-quote' ? 'statements' : 'events'}/${id}/`),
    );
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('Monday 11 November 2019, afternoon');
  });

  it('renders directives as links with the names they point to', () => {
    const html = page(student, 'cases/fixture-case/');
    expect(html).toMatch(/<a[^>]*href="\/actors\/fixture-council\/"[^>]*>Riverside Borough Council<\/a>/);
    expect(html).toMatch(/<a[^>]*href="\/glossary\/ddos\/"[^>]*>DDoS<\/a>/);
  });

  it('highlights annotated phrases with numbered notes (§7)', () => {
    const html = page(student, 'cases/fixture-case/statements/fixture-council-quote/');
    expect(html).toContain('data-annotation-ref="fixture-expert-note"');
    expect(html).toContain('data-annotation="fixture-expert-note"');
  });

  it('marks a paraphrase as reported speech and an anonymous speaker as unnamed', () => {
    const paraphrase = page(student, 'cases/fixture-case/statements/fixture-engineer-view/');
    expect(paraphrase).toMatch(/reported speech/i);
    const anonymous = page(student, 'cases/fixture-case/statements/fixture-insider-tip/');
    expect(anonymous).toMatch(/unnamed source/i);
  });

  it('shows the resolved span beside an author\'s time label on the item\'s page', () => {
    const html = page(student, 'cases/fixture-case/statements/fixture-insider-tip/');
    expect(html).toContain('Before the Gazette story (time unknown)');
    expect(html).toContain('estimated from other items: Between Tuesday 12 November 2019, 02:00 and 14:00');
  });

  it('says how a statement from an unpublished original is known', () => {
    const html = page(student, 'cases/fixture-case/statements/fixture-council-quote/');
    expect(html).toContain('Known through');
    expect(html).toMatch(/Known through[\s\S]*href="\/sources\/fixture-gazette\/"/);
  });

  it('has actor, event, source, bibliography, claim and glossary pages', () => {
    expect(page(student, 'actors/fixture-engineer/')).toContain('<h1');
    expect(page(student, 'cases/fixture-case/events/fixture-outage/')).toContain('<h1');
    expect(page(student, 'sources/fixture-gazette/')).toContain('<h1');
    expect(page(student, 'sources/')).toContain('/sources/fixture-digest/');
    expect(page(student, 'cases/fixture-case/claims/fixture-sophisticated-claim/')).toContain('ClaimReview');
    expect(page(student, 'glossary/')).toContain('/glossary/botnet/');
    expect(page(student, 'glossary/ddos/')).toContain('DDoS');
  });

  it('renders an .mdx body, its directives resolved to links', () => {
    const html = page(student, 'cases/fixture-case/events/fixture-gazette-story/');
    expect(html).toMatch(/<a href="\/actors\/fixture-engineer\/"[^>]*>Dr Ferreira<\/a>/);
    expect(html).toMatch(/<a href="\/sources\/fixture-gazette\/"[^>]*>Council website slows as officials blame attack<\/a>/);
  });

  it('contains no teacher-only content anywhere, text included', () => {
    expect(allText(student)).not.toContain(canary);
    expect(allText(student)).not.toContain('data-audience="teacher"');
  });
});

describe('the teacher edition of the fixture case', () => {
  it('contains the teacher block, wrapped as teacher-only', () => {
    const html = page(teacher, 'cases/fixture-case/');
    expect(html).toContain(canary);
    expect(html).toMatch(/data-audience="teacher"[^>]*>[\s\S]*TEACHER-CANARY-7f3a/);
  });

  it('contains the teacher block of an .mdx body too', () => {
    const html = page(teacher, 'cases/fixture-case/events/fixture-gazette-story/');
    expect(html).toMatch(/data-audience="teacher"[^>]*>[\s\S]*TEACHER-CANARY-7f3a in MDX/);
  });
});

describe('a failed build', () => {
  it('reports the problem and leaves the previous site untouched', () => {
    const broken = join(work, 'broken-content');
    cpSync(fixture, broken, { recursive: true });
    const statement = join(broken, 'cases/fixture-case/statements/fixture-council-quote.md');
    writeFileSync(statement, readFileSync(statement, 'utf8').replace('speaker: fixture-council', 'speaker: fixture-councel'));
    const before = allText(student);
    const run = casebook(['build', '--out-dir', student], broken);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('statements/fixture-council-quote.md:2:1 error speaker `fixture-councel` is not an actor');
    expect(run.output).toContain('did you mean `fixture-council`?');
    expect(allText(student)).toBe(before);
  });
});
