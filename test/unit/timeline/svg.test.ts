/**
 * The fixture case's timeline as SVG, compared with a stored file: a change to the drawing shows
 * up as a diff to review (update with `npx vitest run -u`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/model/load/read-content.ts';
import { resolveSite } from '../../../src/model/resolve/site.ts';
import { PRECISION_LABELS } from '../../../src/site/format.ts';
import { timelineData } from '../../../src/timeline/items.ts';
import { layoutOverview } from '../../../src/timeline/layout/overview.ts';
import { layoutTimeline } from '../../../src/timeline/layout/timeline.ts';
import { overviewSvg } from '../../../src/timeline/render/overview.ts';
import { escape } from '../../../src/timeline/render/escape.ts';
import { timelineSvg } from '../../../src/timeline/render/timeline.ts';
import { projectRoot } from '../../support/build.ts';

const root = join(projectRoot, 'test/fixtures/minimal');
const { site } = resolveSite(readContent(join(root, 'content'), root).entries);
const theCase = site.cases[0]!;
const data = timelineData(theCase, '/');
const geometry = layoutTimeline(data.items, data.lanes, { width: 800, period: data.period, zone: data.zone, locale: data.locale });
const svg = timelineSvg(geometry, {
  idPrefix: 'tl-fixture',
  title: 'Timeline: fixture',
  description: 'The fixture case.',
  period: data.period,
  precisionWords: (precision) => PRECISION_LABELS[precision],
  redrawn: true,
});

describe('the fixture case timeline as SVG', () => {
  it('matches the stored drawing', async () => {
    const overview = overviewSvg(layoutOverview(data.items, geometry.context, geometry.focus, 800, data.zone, data.locale));
    await expect(`${svg.replaceAll('><', '>\n<')}\n${overview.replaceAll('><', '>\n<')}\n`).toMatchFileSnapshot('./__snapshots__/fixture-case.svg');
  });

  it('gives every mark data-item and data-kind (PRODUCT.md §7), once per item', () => {
    const marks = [...svg.matchAll(/<a [^>]*data-item="([^"]+)" data-kind="(statement|event)"/g)].map((m) => [m[1], m[2]]);
    expect(marks).toEqual(theCase.items.map((item) => [item.id, item.type]));
  });

  it('is a group of links with a title and a description, and keeps marks out of the tab order until enhanced', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="tl-fixture-title tl-fixture-desc"/);
    expect(svg).toContain('<title id="tl-fixture-title">Timeline: fixture</title>');
    expect(svg.match(/<a /g)).toHaveLength(theCase.items.length);
    expect(svg.match(/tabindex="-1"/g)).toHaveLength(theCase.items.length);
  });

  it('draws the minute-precise item as a point and the others as spans, dashed when estimated', () => {
    expect(svg).toMatch(/data-item="fixture-council-quote"[^>]*data-shape="point"[^>]*><circle/);
    expect(svg).toMatch(/data-item="fixture-outage"[^>]*data-shape="span"[^>]*><rect class="tl-mark tl-span"/);
    expect(svg).toMatch(/data-item="fixture-insider-tip"[^>]*data-precision="relative"[^>]*><rect class="tl-mark tl-span tl-uncertain"/);
  });

  it('cuts a lane heading too long for the width, and keeps the whole name as the title of the lane', () => {
    const insider = escape("An insider on the council's network operations team");
    const narrow = timelineSvg(layoutTimeline(data.items, data.lanes, { width: 240, period: data.period, zone: data.zone, locale: data.locale }), {
      idPrefix: 'tl-narrow',
      title: 'Timeline',
      description: 'Narrow.',
      precisionWords: (precision) => PRECISION_LABELS[precision],
    });
    expect(narrow).toContain(`<g class="tl-lane"><title>${insider}</title>`);
    expect(narrow).toMatch(/<text class="tl-lane-label"[^>]*>An insider on the…<\/text>/);
    expect(svg).toContain(`>${insider}</text></g>`);
    expect(svg).not.toContain('<g class="tl-lane"><title>');
  });
});
