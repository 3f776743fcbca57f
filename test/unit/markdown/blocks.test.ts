import { describe, expect, it } from 'vitest';
import { teachingBlocks, termIds } from '../../../src/markdown/blocks.ts';

const body = `Intro with :term[DDoS]{#ddos}.

:::question
Why *now*?
:::

:::teacher
Notes for the question.
:::

Middle paragraph.

:::teacher[For the teacher]
A note on its own, with :term[botnets]{#botnet} and :term[DDoS]{#ddos} again.
:::

:::question[Think about it]
Who gains?
:::
`;

describe('teachingBlocks', () => {
  it('finds questions and teacher notes in order, numbered as the renderer numbers them', () => {
    expect(teachingBlocks(body, 'teacher')).toEqual([
      { kind: 'question', markdown: 'Why *now*?', number: 1, afterQuestion: false },
      { kind: 'teacher', markdown: 'Notes for the question.', number: 2, afterQuestion: true },
      { kind: 'teacher', markdown: 'A note on its own, with :term[botnets]{#botnet} and :term[DDoS]{#ddos} again.', label: 'For the teacher', number: 3, afterQuestion: false },
      { kind: 'question', markdown: 'Who gains?', label: 'Think about it', number: 4, afterQuestion: false },
    ]);
  });

  it('has no teacher blocks in the student edition, and numbers the questions alone', () => {
    expect(teachingBlocks(body, 'student').map(({ kind, number }) => [kind, number])).toEqual([
      ['question', 1],
      ['question', 2],
    ]);
  });

  it('finds nothing in a body without blocks', () => {
    expect(teachingBlocks('Just text: no blocks.', 'teacher')).toEqual([]);
  });
});

describe('termIds', () => {
  it('lists the glossary terms a body links to, once each, in order of first use', () => {
    expect(termIds(body)).toEqual(['ddos', 'botnet']);
  });
});
