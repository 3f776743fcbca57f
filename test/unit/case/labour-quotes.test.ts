/**
 * Every word the Labour case attributes to the New Statesman article is in the article: quotes
 * of statements resting on it, quoted fragments inside their paraphrases, and the phrases that
 * annotations pick out of them. Checked against the reference copy in ../shared/seed/.
 */
import { describe, expect, it } from 'vitest';
import { loadShipped, normalise, readSeed, restsOnArticle } from './labour-model.ts';

const { theCase } = loadShipped();
const seed = normalise(readSeed());
const onArticle = theCase.statements.filter((statement) => restsOnArticle(theCase, statement));

/** The words inside double quotation marks (curly or straight) in a text. */
function quotedFragments(text: string): string[] {
  return [...normalise(text).matchAll(/"([^"]+)"/g)].map((match) => match[1]!.replace(/[.,]$/, ''));
}

describe('the reference copy of the New Statesman article', () => {
  it('is present and reads as the article', () => {
    expect(seed).toContain('Early on Tuesday morning');
    expect(seed).toContain('The Labour Party has not responded to questions');
  });
});

describe('statements resting on the New Statesman article', () => {
  it('include the quotes of Sookoo, Woodward, the NCSC review and the article itself', () => {
    const quoted = onArticle.filter((statement) => statement.quote).map((statement) => statement.id);
    for (const id of ['sookoo-email-attacks', 'sookoo-email-intent', 'woodward-juxtaposition', 'woodward-sophisticated-methods',
      'woodward-could-be-anyone', 'ncsc-annual-review-threat', 'ns-2016-breach', 'ns-botnet-price']) {
      expect(quoted).toContain(id);
    }
  });

  it.each(onArticle.filter((statement) => statement.quote).map((statement) => [statement.id, statement.quote!] as const))(
    '%s quotes the article verbatim',
    (_, quote) => {
      expect(seed).toContain(normalise(quote));
    },
  );

  it.each(onArticle.filter((statement) => statement.paraphrase).map((statement) => [statement.id, statement.paraphrase!] as const))(
    '%s, a paraphrase, puts in quotation marks only words the article has',
    (_, paraphrase) => {
      for (const fragment of quotedFragments(paraphrase)) expect(seed).toContain(fragment);
    },
  );

  it('quotes the article in passages, never whole (less than half of its text)', () => {
    const quoted = onArticle.reduce((sum, statement) => sum + normalise(statement.quote ?? '').length, 0);
    expect(quoted).toBeGreaterThan(0);
    expect(quoted / seed.length).toBeLessThan(0.5);
  });
});

describe('annotations on statements resting on the article', () => {
  const annotations = theCase.annotations.filter(
    (annotation) =>
      annotation.target.type === 'statement' &&
      annotation.anchor.field === 'quote' &&
      restsOnArticle(theCase, annotation.target.item),
  );

  it('exist for the article’s timing, vague quantities, disclaimer, price, date and brackets', () => {
    const ids = annotations.map((annotation) => annotation.id);
    for (const id of ['timing-side-by-side', 'vague-quantities', 'no-suggestion-but', 'unsourced-price', 'parliament-date-check',
      'brackets-one-way', 'brackets-labour-is', 'breaking-news', 'review-sentence-not-found']) {
      expect(ids).toContain(id);
    }
  });

  it.each(annotations.map((annotation) => [annotation.id, annotation.quote] as const))(
    '%s picks out words that are in the article',
    (_, quote) => {
      expect(seed).toContain(normalise(quote));
    },
  );
});
