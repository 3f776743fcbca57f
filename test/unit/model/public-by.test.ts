/**
 * By when a statement or event was public, and the moments a case can be viewed as of: from the
 * fixture's dated sources, and from the same items with their sources' dates changed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/model/load/read-content.ts';
import { claimPublicBy, publicBy, publicMoments, sourcePublicBy } from '../../../src/model/public-by.ts';
import { resolveSite } from '../../../src/model/resolve/site.ts';
import type { Item, Source, Statement } from '../../../src/model/types.ts';
import { projectRoot } from '../../support/build.ts';

const root = join(projectRoot, 'test/fixtures/minimal');
const { site } = resolveSite(readContent(join(root, 'content'), root).entries);
const theCase = site.cases.find((each) => each.id === 'fixture-case')!;
const item = (id: string) => theCase.items.find((each) => each.id === id)!;
const source = (id: string) => site.sources.get(id)!;
const withSource = (statement: Item, changed: Source): Statement => ({ ...(statement as Statement), source: changed });

describe('by when an item was public', () => {
  it('is the end of its source’s publication: a minute-dated one by the end of that minute', () => {
    // The council's release is dated 09:30 London time (UTC in November).
    expect(publicBy(item('fixture-council-quote'))).toBe(Date.UTC(2019, 10, 12, 9, 31));
    expect(publicBy(item('fixture-engineer-view'))).toBe(Date.UTC(2019, 10, 12, 14, 1));
  });

  it('is the end of the day for a source dated only to the day', () => {
    const digest = source('fixture-digest');
    expect(digest.published?.precision).toBe('day');
    expect(publicBy(withSource(item('fixture-council-quote'), digest))).toBe(Date.UTC(2019, 10, 16));
  });

  it('counts an undated source from the earliest dated source that re-reports it', () => {
    const undated = { ...source('fixture-council-release'), published: undefined, reportedBy: [source('fixture-digest'), source('fixture-gazette')] };
    expect(publicBy(withSource(item('fixture-council-quote'), undated))).toBe(Date.UTC(2019, 10, 12, 14, 1));
  });

  it('is unknown when no source is dated, however the sources re-report each other', () => {
    const a: Source = { ...source('fixture-council-release'), id: 'a', published: undefined, reportedBy: [] };
    const b: Source = { ...a, id: 'b', reportedBy: [a] };
    a.reportedBy.push(b);
    expect(publicBy(withSource(item('fixture-council-quote'), a))).toBeUndefined();
  });
});

describe('by when a source and a claim were public', () => {
  it('is, for a source, the end of its publication or of the first that re-reports it', () => {
    expect(sourcePublicBy(source('fixture-gazette'))).toBe(Date.UTC(2019, 10, 12, 14, 1));
    expect(sourcePublicBy({ ...source('fixture-council-release'), published: undefined })).toBe(Date.UTC(2019, 10, 12, 14, 1));
    expect(sourcePublicBy({ ...source('fixture-council-release'), published: undefined, reportedBy: [] })).toBeUndefined();
  });

  it('is, for a claim, when the first statement making it was', () => {
    const claim = theCase.claims.find((each) => each.id === 'fixture-sophisticated-claim')!;
    expect(claimPublicBy(claim)).toBe(Date.UTC(2019, 10, 12, 9, 31));
    expect(claimPublicBy({ ...claim, appearsIn: [item('fixture-engineer-view') as Statement, ...claim.appearsIn] })).toBe(Date.UTC(2019, 10, 12, 9, 31));
    expect(claimPublicBy({ ...claim, appearsIn: [] })).toBeUndefined();
  });
});

describe('the moments a case can be viewed as of', () => {
  it('are the distinct times its items were public by, earliest first, named by their publications', () => {
    expect(publicMoments(theCase)).toEqual([
      { time: Date.UTC(2019, 10, 12, 9, 31), label: 'Tuesday 12 November 2019, 09:30', sources: ['Statement on website performance'] },
      { time: Date.UTC(2019, 10, 12, 14, 1), label: 'Tuesday 12 November 2019, 14:00', sources: ['Council website slows as officials blame attack'] },
    ]);
  });

  it('leave out items no dated source makes public', () => {
    const undated = { ...source('fixture-council-release'), published: undefined, reportedBy: [] };
    const restsOnRelease = (each: Item) => (each.type === 'statement' ? [each.source] : each.sources).some((s) => s.id === 'fixture-council-release');
    const items = theCase.items.map((each) => (!restsOnRelease(each) ? each : each.type === 'statement' ? withSource(each, undated) : { ...each, sources: [undated] }));
    expect(publicMoments({ ...theCase, items }).map((moment) => moment.label)).toEqual(['Tuesday 12 November 2019, 14:00']);
    const none = theCase.items.map((each) => (each.type === 'statement' ? withSource(each, undated) : { ...each, sources: [undated] }));
    expect(publicMoments({ ...theCase, items: none })).toEqual([]);
  });
});
