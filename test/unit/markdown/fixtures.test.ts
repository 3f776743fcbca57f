/**
 * Whole bodies through the real processor, compared with stored HTML (`fixtures/<name>/`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/render.ts';
import { annotation, context } from './site.ts';

const fixture = (name: string, file: string) => new URL(`./fixtures/${name}/${file}`, import.meta.url);

describe.each(['student', 'teacher'] as const)('statement body, %s edition', (edition) => {
  it('renders as stored', async () => {
    const markdown = readFileSync(fixture('statement-body', 'input.md'), 'utf8');
    const annotations = [
      annotation('woodward-crude', 'crude but effective'),
      annotation('sophisticated-phrase', '"sophisticated and large-scale"'),
      annotation('teacher-difference', 'the difference', { audience: 'teacher', kind: 'teacher' }),
    ];
    const { html, notes } = await renderMarkdown(markdown, context({ edition, noteStart: 2, idPrefix: 'body-', annotations }));
    const notesHtml = notes.map((note) => `<li id="note-${note.id}" data-kind="${note.kind}" value="${note.number}">${note.html ?? ''}</li>`);
    await expect(`${html}\n<ol class="notes">\n${notesHtml.join('\n')}\n</ol>\n`).toMatchFileSnapshot(fixture('statement-body', `${edition}.html`).pathname);
  });
});
