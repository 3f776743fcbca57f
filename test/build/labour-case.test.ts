/**
 * Builds the shipped content and checks the Labour case's pages: one for every actor, statement,
 * event, claim, source and glossary term the model has, and statement pages that carry the
 * external link of the source they rest on (or, for an unpublished original, a link to its
 * source page, which links to the published report of it). Expected lists come from the model.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicBy, publicMoments } from '../../src/model/public-by.ts';
import { pagePath } from '../../src/site/urls.ts';
import { casebook, page, projectRoot } from '../support/build.ts';
import { loadShipped, reportedBy } from '../unit/case/labour-model.ts';

const { site, theCase } = loadShipped();
const out = join(mkdtempSync(join(tmpdir(), 'casebook-labour-')), 'dist');

/** An address as it appears in an href attribute. */
const href = (url: string) => `href="${url.replaceAll('&', '&amp;')}"`;

beforeAll(() => {
  const run = casebook(['build', '--out-dir', out], join(projectRoot, 'content'));
  expect(run.status, run.output).toBe(0);
});

describe('the built Labour case', () => {
  it('has its case page, with the sources’ links, how to cite it and its licence', () => {
    const html = page(out, pagePath('case', theCase.id));
    expect(html).toContain(theCase.title.replaceAll('“', '').slice(0, 20));
    expect(html).toContain('class="citation"');
    expect(html).toMatch(/Quotations and the sources they come from remain the property/);
    expect(html).not.toContain('data-audience="teacher"');
  });

  it('offers the case as it was known at each moment an item was public, and says what no date makes public', () => {
    const html = page(out, pagePath('case', theCase.id));
    const options = /<select data-filter="as-of">([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    expect([...options.matchAll(/<option value="(\d*)"/g)].map((m) => m[1])).toEqual(['', ...publicMoments(theCase).map((moment) => String(moment.time))]);
    const undated = theCase.items.filter((item) => publicBy(item) === undefined).length;
    expect(undated).toBeGreaterThan(1);
    expect(html).toContain(`${undated} items whose sources give no date of publication are left out at any moment chosen.`);
  });

  it('has a page for every actor', () => {
    for (const actor of theCase.actors) expect(page(out, pagePath('actor', actor.id)), actor.id).toContain('<h1');
  });

  it('has a page for every event and claim', () => {
    for (const event of theCase.events) expect(page(out, pagePath('event', event.id, theCase.id)), event.id).toContain('<h1');
    for (const claim of theCase.claims) expect(page(out, pagePath('claim', claim.id, theCase.id)), claim.id).toContain('ClaimReview');
  });

  it('has a page for every glossary term', () => {
    for (const term of site.terms.values()) expect(page(out, pagePath('term', term.id)), term.id).toContain(term.term);
  });

  it('has a page for every source, with its address', () => {
    for (const source of theCase.sources) {
      const html = page(out, pagePath('source', source.id));
      if (source.url) expect(html, source.id).toContain(href(source.url));
    }
  });

  it.each(theCase.statements.map((statement) => [statement.id, statement] as const))(
    'has a page for statement %s that leads to its source',
    (_, statement) => {
      const html = page(out, pagePath('statement', statement.id, theCase.id));
      expect(html).toContain(`href="/${pagePath('source', statement.source.id)}"`);
      if (statement.source.url) {
        expect(html).toContain(href(statement.source.url));
      } else {
        // An unpublished original: its source page names the published reports of it, with their links.
        const sourcePage = page(out, pagePath('source', statement.source.id));
        const reports = reportedBy(theCase, statement.source).filter((report) => report.url);
        expect(reports.length).toBeGreaterThan(0);
        for (const report of reports) expect(sourcePage).toContain(href(report.url!));
      }
    },
  );

  it('highlights every annotation shown to students on its target’s page', () => {
    for (const annotation of theCase.annotations.filter((candidate) => candidate.audience === 'all')) {
      const target = annotation.target;
      const path = target.type === 'case' ? pagePath('case', theCase.id) : pagePath(target.type, target.item.id, theCase.id);
      expect(page(out, path), annotation.id).toContain(`data-annotation="${annotation.id}"`);
    }
  });
});
