/**
 * A synthetic case in the real content format, for benchmarks: N statements, N/10 actors, N/2
 * events, N/5 sources, N/2 annotations, footnotes in the bodies, and one time in ten relative to
 * another item. Seeded, so the same N and seed always write the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The case's id in the synthetic content folder. */
export const SYNTHETIC_CASE = 'bench';

/** A small seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = ['attack', 'server', 'traffic', 'party', 'campaign', 'report', 'source', 'website', 'election', 'email', 'outage', 'botnet', 'statement', 'evidence', 'timing', 'press', 'official', 'network'];
const PARTS = ['morning', 'afternoon', 'evening', 'early morning', 'late afternoon', 'night'];

/** Counts of each kind of file for N statements. */
export function syntheticCounts(statements: number) {
  return {
    statements,
    actors: Math.max(1, Math.floor(statements / 10)),
    events: Math.max(1, Math.floor(statements / 2)),
    sources: Math.max(1, Math.floor(statements / 5)),
    annotations: Math.floor(statements / 2),
  };
}

/**
 * Writes a content folder with one synthetic case of `statements` statements under `root`
 * (which must not exist yet, or be empty). Returns `root`.
 */
export function writeSyntheticContent(root: string, statements: number, seed = 7): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const below = (n: number) => Math.floor(random() * n);
  const phrase = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');
  const counts = syntheticCounts(statements);
  const write = (path: string, text: string) => {
    const file = join(root, 'cases', SYNTHETIC_CASE, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  /** An absolute time in November 2019, to the minute, part of a day, a day or a range. */
  const absoluteTime = () => {
    const day = String(1 + below(28)).padStart(2, '0');
    const form = below(4);
    if (form === 0) return `2019-11-${day}T${String(below(24)).padStart(2, '0')}:${String(below(60)).padStart(2, '0')}`;
    if (form === 1) return `2019-11-${day} ${pick(PARTS)}`;
    if (form === 2) return `2019-11-${day}`;
    return `{ from: 2019-11-${day} morning, to: 2019-11-${day} evening }`;
  };
  /**
   * Item `index` of a kind: one in ten (index ending in 9) is relative to an item whose index
   * ends in 0 — always absolute, so no chain of relative times can loop.
   */
  const time = (index: number, kind: 'e' | 's') => {
    if (index % 10 !== 9) return absoluteTime();
    const anchor = kind === 'e' ? `e-${index - 9}` : `s-${index - 9}`;
    return `{ ${random() < 0.5 ? 'after' : 'before'}: ${anchor}, within: ${1 + below(3)}d }`;
  };

  write(
    'index.md',
    `---\ntitle: A synthetic case of ${statements} statements\nsummary: Generated for benchmarks.\ntimezone: Europe/London\n` +
      `primary_source: src-0\nlanes: actor\nperiod: { from: 2019-11-01, to: 2019-11-07 }\n---\n` +
      `An overview naming :actor[the first actor]{#actor-0} and :event[the first event]{#e-0}, citing :cite[src-0].[^about]\n\n` +
      `[^about]: The case is generated: its words mean nothing.\n`,
  );
  for (let a = 0; a < counts.actors; a++) {
    const kind = a % 4 === 3 ? 'organisation' : 'person';
    write(`actors/actor-${a}.md`, `---\nname: Actor number ${a}\nkind: ${kind}\nrole: ${phrase(2)} officer\n---\nAn actor who talks about the ${phrase(3)}.\n`);
  }
  for (let s = 0; s < counts.sources; s++) {
    write(
      `sources/src-${s}.md`,
      `---\ntitle: Report number ${s} on the ${phrase(2)}\nkind: article\npublisher: actor-${s % counts.actors}\npublished: 2019-11-${String(1 + (s % 28)).padStart(2, '0')}\norigin: ${s % 3 === 0 ? 'primary' : 'secondary'}\n---\nA source.\n`,
    );
  }
  for (let e = 0; e < counts.events; e++) {
    write(
      `events/e-${e}.md`,
      `---\ntitle: Event number ${e}, the ${phrase(2)}\nwhen: ${time(e, 'e')}\nkind: ${pick(['incident', 'publication', 'announcement', 'investigation', 'context'])}\n` +
        `actors: [actor-${below(counts.actors)}]\nsources: [src-${below(counts.sources)}]\n---\n` +
        `What happened to the ${phrase(4)}, as :cite[src-${below(counts.sources)}] reports.[^n]\n\n[^n]: A footnote about the ${phrase(3)}.\n`,
    );
  }
  for (let s = 0; s < statements; s++) {
    const words = `Statement number ${s} says the ${phrase(6)}`;
    const speech = s % 4 === 3 ? `paraphrase: "${words}"` : `quote: "${words}"`;
    write(
      `statements/s-${s}.md`,
      `---\nspeaker: actor-${below(counts.actors)}\nwhen: ${time(s, 's')}\nsource: src-${below(counts.sources)}\n${speech}\n` +
        `channel: ${pick(['email', 'interview', 'tweet', 'press release'])}\nabout: [e-${below(counts.events)}]\ntags: [${pick(WORDS)}]\n---\n` +
        `Context about :actor[the speaker]{#actor-${below(counts.actors)}} and the ${phrase(8)}.[^n]\n\n[^n]: A footnote about the ${phrase(3)}.\n`,
    );
  }
  for (let n = 0; n < counts.annotations; n++) {
    const target = `s-${(2 * n) % statements}`;
    const expert = n % 3 === 0;
    write(
      `annotations/a-${n}.md`,
      `---\ntarget: ${target}\nquote: "Statement number ${(2 * n) % statements} says"\nkind: ${expert ? 'expert' : pick(['context', 'language', 'fact-check'])}\n` +
        (expert ? `by: actor-${below(counts.actors)}\nsource: src-${below(counts.sources)}\n` : '') +
        `---\nCommentary on the ${phrase(10)}.\n`,
    );
  }
  return root;
}
