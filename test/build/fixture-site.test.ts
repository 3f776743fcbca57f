/**
 * Builds the tiny fixture case for real, in both editions, and checks the pages it produces,
 * the output contract of PRODUCT.md §7, and that a failed build leaves the last good site alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Every HTML page under `dir`, by path. */
function allPages(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]);
}

beforeAll(() => {
  const studentBuild = casebook(['build', '--out-dir', student], fixture);
  expect(studentBuild.status, studentBuild.output).toBe(0);
  const teacherBuild = casebook(['build', '--teacher', '--out-dir', teacher], fixture);
  expect(teacherBuild.status, teacherBuild.output).toBe(0);
});

describe('the build of the fixture case', () => {
  it('compiles a module for an .mdx body only: Casebook renders every .md body itself', () => {
    // Astro lists the entries it compiled into modules of their own here (src/content.config.ts).
    const modules = readFileSync(join(projectRoot, '.astro', 'content-modules.mjs'), 'utf8');
    const files = [...modules.matchAll(/\["([^"]+)", \(\) => import\(/g)].map((match) => match[1]!.replace(/.*\/content\//, ''));
    expect(files).toEqual(['cases/fixture-case/events/fixture-gazette-story.mdx']);
  });
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

  it('draws the timeline as a static figure on the handout', () => {
    const html = page(student, 'cases/fixture-case/handout/');
    expect(html).toMatch(/class="handout-timeline-drawing"[^>]*><svg[\s\S]*data-item="fixture-outage"/);
    expect(html).not.toContain('<casebook-timeline');
  });

  it('exports each case’s model as JSON, every page it names built, linked from the case page', () => {
    const data = JSON.parse(readFileSync(join(student, 'cases/fixture-case/case.json'), 'utf8'));
    expect(data.case).toMatchObject({ id: 'fixture-case', timeline: '/cases/fixture-case/timeline.json', annotations: '/cases/fixture-case/annotations.jsonld' });
    const pages: string[] = [data.case.page, ...['actors', 'sources', 'statements', 'events', 'claims'].flatMap((kind) => data[kind].map((thing: { page: string }) => thing.page))];
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) expect(existsSync(join(student, path, 'index.html')), path).toBe(true);
    expect(data.annotations.map((note: { id: string }) => note.id).sort()).toEqual(['fixture-context-note', 'fixture-expert-note']);
    expect(page(student, 'cases/fixture-case/')).toContain('<a href="/cases/fixture-case/case.json" type="application/json">the case as data (JSON)</a>');
  });

  it('exports the case’s notes as W3C Web Annotations, each naming a note its page has, on words its page shows', () => {
    const collection = JSON.parse(readFileSync(join(student, 'cases/fixture-case/annotations.jsonld'), 'utf8'));
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2 });
    expect(page(student, 'cases/fixture-case/')).toMatch(/<a href="\/cases\/fixture-case\/annotations\.jsonld" type="application\/ld\+json">W3C Web Annotations/);
    for (const annotation of collection.first.items) {
      const [path, fragment] = annotation.id.split('#');
      expect(path).toBe(annotation.target.source);
      const html = page(student, path.replace(/^\//, ''));
      expect(html).toContain(`id="${fragment}"`);
      const { exact, prefix = '' } = annotation.target.selector;
      expect(html.replace(/<[^>]+>/g, '')).toContain(`${prefix}${exact}`);
      // The note's words as on its page, without the hover cards of its links.
      expect(annotation.body[0].value).not.toContain('ref-card');
    }
    const expert = collection.first.items.find((item: { id: string }) => item.id.endsWith('#note-fixture-expert-note'));
    expect(expert.body[0].value).toContain('saw nothing unusual in the traffic');
    expect(expert.creator).toEqual({ id: '/actors/fixture-engineer/', type: 'Person', name: 'Dr Ada Ferreira' });
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

  it('leaves out teacher annotations, hidden verdicts and the lesson guide', () => {
    const text = allText(student);
    expect(text).not.toContain('fixture-teacher-note');
    expect(text).not.toMatch(/misleading/i);
    expect(page(student, 'cases/fixture-sealed/claims/sealed-claim/')).not.toContain('ClaimReview');
    expect(existsSync(join(student, 'cases/fixture-case/lesson'))).toBe(false);
    expect(text).not.toContain('/lesson/');
    expect(text).not.toContain('Teacher edition');
  });

  it('sets each note beside its marker as a sidenote, and keeps the list of notes', () => {
    const html = page(student, 'cases/fixture-case/statements/fixture-council-quote/');
    expect(html).toMatch(/<a href="#note-fixture-expert-note"[^>]*>1<\/a><\/sup><span class="sidenote" data-sidenote="fixture-expert-note" role="note">/);
    expect(html).toMatch(/data-sidenote="fixture-expert-note"[\s\S]*Expert view[\s\S]*By <a href="\/actors\/fixture-engineer\/">Dr Ada Ferreira<\/a>/);
    expect(html).toContain('id="note-fixture-expert-note"');
    const overview = page(student, 'cases/fixture-case/');
    expect(overview).toMatch(/<a href="#note-fn-1"[^>]*>1<\/a><\/sup><span class="sidenote" data-sidenote="fn-1"/);
  });

  it('gives actor and term links a card with the name and role, or the definition', () => {
    const html = page(student, 'cases/fixture-case/');
    expect(html).toMatch(/aria-describedby="(card-\d+)">Riverside Borough Council<\/a><span class="ref-card" id="\1" role="tooltip"><span class="ref-card-title">Riverside Borough Council<\/span><span class="ref-card-line">Local authority that runs the affected website<\/span>/);
    expect(html).toContain('<span class="ref-card-line">An attempt to overwhelm a website with traffic from many machines at once.</span>');
  });

  it('collects every discussion question of the case on the case page', () => {
    const html = page(student, 'cases/fixture-case/');
    const questions = html.slice(html.indexOf('id="questions"'));
    expect(questions).toContain('Who says the attack was sophisticated, and on what evidence?');
    expect(questions).toContain('What would you need to see before calling the attack sophisticated?');
    expect(questions).toContain('What did the engineer see in the traffic that the council did not mention?');
    expect(questions).toContain('href="/cases/fixture-case/statements/fixture-engineer-view/#user-content-question-1"');
  });

  it('shows source kinds readers recognise, and where a report comes from', () => {
    const html = page(student, 'cases/fixture-case/statements/fixture-council-quote/');
    expect(html).toContain('Official statement');
    expect(page(student, 'sources/fixture-gazette/')).toContain('News report');
  });

  it('asks the questions a fact-checker asks, filled in from the case', () => {
    const html = page(student, 'cases/fixture-case/statements/fixture-council-quote/');
    const prompts = html.slice(html.indexOf('id="evaluate"'));
    expect(prompts).toContain('Who is behind it?');
    expect(prompts).toContain('Local authority that runs the affected website');
    expect(prompts).toContain('What is the evidence?');
    expect(prompts).toContain('What do other sources say?');
    expect(prompts).toContain('/cases/fixture-case/statements/fixture-engineer-view/');
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

  it('contains teacher annotations, wrapped as teacher-only, in the list and in the margin', () => {
    const html = page(teacher, 'cases/fixture-case/statements/fixture-council-quote/');
    expect(html).toMatch(/<li[^>]*data-annotation="fixture-teacher-note"[^>]*data-audience="teacher"[^>]*>[\s\S]*TEACHER-CANARY-7f3a in an annotation/);
    expect(html).toMatch(/data-sidenote="fixture-teacher-note"[^>]*data-audience="teacher"/);
  });

  it('exports teacher annotations with their audience', () => {
    const collection = JSON.parse(readFileSync(join(teacher, 'cases/fixture-case/annotations.jsonld'), 'utf8'));
    expect(collection.total).toBe(3);
    const note = collection.first.items.find((item: { id: string }) => item.id.endsWith('#note-fixture-teacher-note'));
    expect(note.audience).toEqual({ type: 'schema:EducationalAudience', 'schema:educationalRole': 'teacher' });
    expect(note.body[0].value).toContain('TEACHER-CANARY-7f3a in an annotation');
  });

  it('shows verdicts kept from students, marked teacher-only', () => {
    const html = page(teacher, 'cases/fixture-sealed/claims/sealed-claim/');
    expect(html).toMatch(/data-verdict="misleading" data-audience="teacher"/);
  });

  it('has a lesson guide per case: objectives, questions with notes, glossary, activities', () => {
    const html = page(teacher, 'cases/fixture-case/lesson/');
    expect(html).toContain('data-audience="teacher"');
    expect(html).toContain('Tell a quoted statement from a paraphrase.');
    expect(html).toMatch(/What did the engineer see[\s\S]*Teacher notes[\s\S]*TEACHER-CANARY-7f3a after a question/);
    expect(html).toMatch(/id="glossary"[\s\S]*DDoS[\s\S]*An attempt to overwhelm a website/);
    expect(html).toContain('data-activity="source-chain"');
    expect(html).toContain('data-activity="judge-claims"');
    expect(page(teacher, 'cases/fixture-case/')).toContain('href="/cases/fixture-case/lesson/"');
  });

  it('says on every page that it is the teacher edition and must not be published', () => {
    for (const [file, html] of allPages(teacher)) {
      expect(html, file).toContain('Teacher edition — not for publication');
      expect(html, file).toContain('<meta name="robots" content="noindex, nofollow">');
    }
  });
});

describe('a failed build', () => {
  /** A copy of the fixture whose statement names an actor that does not exist; returns its folder. */
  function brokenContent(): string {
    const broken = join(work, 'broken-content');
    cpSync(fixture, broken, { recursive: true });
    const statement = join(broken, 'cases/fixture-case/statements/fixture-council-quote.md');
    writeFileSync(statement, readFileSync(statement, 'utf8').replace('speaker: fixture-council', 'speaker: fixture-councel'));
    return broken;
  }

  it('reports the problem and leaves the previous site untouched', () => {
    const broken = brokenContent();
    const before = allText(student);
    const run = casebook(['build', '--out-dir', student], broken);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('statements/fixture-council-quote.md:2:1 error speaker `fixture-councel` is not an actor');
    expect(run.output).toContain('did you mean `fixture-council`?');
    expect(run.output).toContain('Build stopped: fix the errors above');
    // Astro built alongside the check; on a failed check it is stopped and none of its output shown.
    expect(run.output).not.toMatch(/\[build\]|\[content\]/);
    expect(allText(student)).toBe(before);
  });

  it('clears what builds that were killed left behind, and leaves a build under way alone', () => {
    const broken = brokenContent();
    // The folder of a build killed before it could clean up: its process is gone.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const abandoned = join(projectRoot, '.casebook', `build-${gone}`);
    mkdirSync(join(abandoned, 'site'), { recursive: true });
    writeFileSync(join(abandoned, 'site', 'index.html'), '<p>half built</p>');
    // The folder of a build under way: this test's own process stands in for it.
    const underWay = join(projectRoot, '.casebook', `build-${process.pid}`);
    mkdirSync(underWay, { recursive: true });
    try {
      const run = casebook(['build', '--out-dir', student], broken);
      expect(run.status).not.toBe(0);
      expect(existsSync(abandoned)).toBe(false);
      expect(existsSync(underWay)).toBe(true);
    } finally {
      rmSync(abandoned, { recursive: true, force: true });
      rmSync(underWay, { recursive: true, force: true });
    }
  });
});
