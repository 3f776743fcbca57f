/**
 * Tiny content folders for tests, written to a temporary directory for real and read back with
 * the same loader the CLI uses.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContent } from '../../src/model/load/read-content.ts';
import { resolveSite, type SiteResolution } from '../../src/model/resolve/site.ts';

/** File path (relative to `content/`, or to the project for `../public/…`) → file text. */
export type ContentFiles = Record<string, string>;

/** Writes `files` under a new temporary project's `content/`; returns the project root. */
export function writeProject(files: ContentFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'casebook-test-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, 'content', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** Writes, reads and resolves a content folder, as `casebook check` does. */
export function checkFiles(files: ContentFiles, { checked = false }: { checked?: boolean } = {}): SiteResolution {
  const root = writeProject(files);
  const read = readContent(join(root, 'content'), root);
  const resolution = resolveSite(read.entries, {
    unreadable: read.unreadable,
    publicFileExists: (path) => existsSync(join(root, 'public', path)),
    checked,
  });
  return { site: resolution.site, diagnostics: [...read.diagnostics, ...resolution.diagnostics] };
}

/** A small valid case that tests vary one file at a time. */
export const validCase: ContentFiles = {
  'cases/demo/index.md': `---
title: A demo case
summary: Something happened and people said things about it.
timezone: Europe/London
primary_source: demo-article
period: { from: 2019-11-11, to: 2019-11-12 }
---
The overview cites :cite[demo-article] and names :actor[Ann Expert]{#ann-expert}.
`,
  'actors/ann-expert.md': `---
name: Ann Expert
kind: person
role: Professor of examples
affiliation: demo-party
---
`,
  'cases/demo/actors/demo-party.md': `---
name: The Demo Party
kind: organisation
---
`,
  'cases/demo/actors/party-source.md': `---
name: A party source
kind: anonymous
affiliation: demo-party
---
`,
  'sources/demo-article.md': `---
title: What the demo paper reported
kind: article
publisher: The Demo Paper
published: 2019-11-12
url: https://example.org/demo
reports: [demo-email]
---
`,
  'cases/demo/sources/demo-email.md': `---
title: The party's email
kind: email
publisher: demo-party
origin: primary
---
`,
  'cases/demo/statements/party-email.md': `---
speaker: demo-party
when: 2019-11-12 early morning
source: demo-email
quote: "We were hit by a sophisticated attack."
---
The email went to supporters. It said the attack was sophisticated.
`,
  'cases/demo/statements/expert-view.md': `---
speaker: ann-expert
when: { after: first-attack, within: 2d }
source: demo-article
paraphrase: Ann Expert said the attack was ordinary.
about: [first-attack]
---
`,
  'cases/demo/events/first-attack.md': `---
title: The first attack
when: 2019-11-11 afternoon
sources: [demo-email]
actors: [demo-party]
---
Sites went down.
`,
  'cases/demo/annotations/on-sophisticated.md': `---
target: party-email
quote: sophisticated attack
kind: expert
by: ann-expert
source: demo-article
---
Experts doubted it.
`,
  'cases/demo/claims/was-sophisticated.md': `---
claim: The attack was sophisticated.
claimant: demo-party
appears_in: [party-email]
verdict: disputed
evidence: [demo-article]
---
`,
  'glossary/ddos.md': `---
term: DDoS
short: Flooding a site with traffic so that it cannot answer.
---
`,
};
