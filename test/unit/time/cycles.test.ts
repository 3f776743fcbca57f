import { describe, expect, it } from 'vitest';
import { cycleThrough, dependencyOrder } from '../../../src/model/time/dependencies.ts';
import { resolveTimes, type TimedItem } from '../../../src/model/time/index.ts';

const context = { timezone: 'Europe/London', locale: 'en-GB' };
const LINES = ['when', 'when.before', 'when.after'];
const locate: TimedItem['locate'] = (path) => {
  const line = LINES.indexOf(path.join('.'));
  return line < 0 ? undefined : { line: line + 2, column: 3 };
};
const at = (path: string) => ({ line: LINES.indexOf(path) + 2, column: 3 });
const item = (key: string, when: unknown): TimedItem => ({ key, file: `cases/demo/${key}.md`, when, locate });

describe('cycles', () => {
  it('A before B, B after A: one error for each, naming both items and files', () => {
    const { times, diagnostics } = resolveTimes(
      [item('a', { before: 'b', within: '1h' }), item('b', { after: 'a', within: '1h' }), item('c', '2019-11-12')],
      context,
    );
    expect([...times.keys()]).toEqual(['c']);
    const hint = 'break the cycle: give one of `a`, `b` an absolute time, and anchor the others to it';
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'time-cycle',
        file: 'cases/demo/a.md',
        position: at('when.before'),
        message: '`when.before`: relative times form a cycle: `a` (cases/demo/a.md) is before `b` (cases/demo/b.md), which is after `a`',
        hint,
      },
      {
        severity: 'error',
        code: 'time-cycle',
        file: 'cases/demo/b.md',
        position: at('when.after'),
        message: '`when.after`: relative times form a cycle: `b` (cases/demo/b.md) is after `a` (cases/demo/a.md), which is before `b`',
        hint,
      },
    ]);
  });

  it('an item anchored to itself', () => {
    const { times, diagnostics } = resolveTimes([item('a', { after: 'a', within: '1h' })], context);
    expect(times.size).toBe(0);
    expect(diagnostics).toMatchObject([
      {
        code: 'time-cycle',
        file: 'cases/demo/a.md',
        position: at('when.after'),
        message: '`when.after`: relative times form a cycle: `a` (cases/demo/a.md) is after itself',
      },
    ]);
  });

  it('a cycle of three names every item and file on the way round', () => {
    const { diagnostics } = resolveTimes(
      [item('a', { before: 'b', within: '1h' }), item('b', { after: 'c', within: '1h' }), item('c', { before: 'a', within: '1h' })],
      context,
    );
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['cases/demo/a.md', '`when.before`: relative times form a cycle: `a` (cases/demo/a.md) is before `b` (cases/demo/b.md), which is after `c` (cases/demo/c.md), which is before `a`'],
      ['cases/demo/b.md', '`when.after`: relative times form a cycle: `b` (cases/demo/b.md) is after `c` (cases/demo/c.md), which is before `a` (cases/demo/a.md), which is before `b`'],
      ['cases/demo/c.md', '`when.before`: relative times form a cycle: `c` (cases/demo/c.md) is before `a` (cases/demo/a.md), which is before `b` (cases/demo/b.md), which is after `c`'],
    ]);
  });

  it('an item with both anchors in the cycle points at the one that closes it', () => {
    const { diagnostics } = resolveTimes(
      [item('a', { after: 'x', before: 'b', within: '1h' }), item('b', { after: 'a', within: '1h' }), item('x', '2019-11-12')],
      context,
    );
    expect(diagnostics.map((d) => [d.code, d.file, d.position])).toEqual([
      ['time-cycle', 'cases/demo/a.md', at('when.before')],
      ['time-cycle', 'cases/demo/b.md', at('when.after')],
    ]);
  });
});

describe('items anchored to a time that failed', () => {
  it.each([
    ['a cycle', [item('a', { before: 'b', within: '1h' }), item('b', { after: 'a', within: '1h' })], 'a', 2],
    ['a bad date', [item('a', '2019-13-01')], 'a', 1],
    ['an unknown anchor', [item('a', { after: 'nowhere', within: '1h' })], 'a', 1],
    ['a contradiction', [item('z', '2019-11-12'), item('a', { after: 'z', on: '2019-11-01' })], 'a', 1],
  ])('after %s get no time and no error of their own', (_, failing, anchor, anchorErrors) => {
    const { times, diagnostics } = resolveTimes(
      [...failing, item('d', { after: anchor, within: '1h' }), item('e', { before: 'd', within: '1h' })],
      context,
    );
    expect(times.has('d')).toBe(false);
    expect(times.has('e')).toBe(false);
    expect(diagnostics).toHaveLength(anchorErrors);
    expect(diagnostics.filter((d) => d.file === 'cases/demo/d.md' || d.file === 'cases/demo/e.md')).toEqual([]);
  });

  it('reports only the failing item, whatever order the items come in', () => {
    const { diagnostics } = resolveTimes(
      [item('e', { before: 'd', within: '1h' }), item('d', { after: 'a', within: '1h' }), item('a', 'soon')],
      context,
    );
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([['cases/demo/a.md', 'unsupported-time']]);
  });
});

describe('repeated keys', () => {
  it('use the first item with the key, and report nothing twice', () => {
    const { times, diagnostics } = resolveTimes(
      [item('a', '2019-11-12'), { ...item('a', '2019-13-01'), file: 'other.md' }, item('b', 'bad')],
      context,
    );
    expect(times.get('a')).toMatchObject({ start: Date.UTC(2019, 10, 12), precision: 'day' });
    expect(diagnostics.map((d) => d.file)).toEqual(['cases/demo/b.md']);
  });
});

describe('dependencyOrder', () => {
  const graph = (edges: Record<string, string[]>) => (key: string) => edges[key] ?? [];

  it.each([
    ['no anchors', ['a', 'b'], {}, [['a'], ['b']], []],
    ['a chain, given backwards', ['c', 'b', 'a'], { c: ['b'], b: ['a'] }, [['a'], ['b'], ['c']], []],
    ['a diamond', ['d', 'b', 'c', 'a'], { d: ['b', 'c'], b: ['a'], c: ['a'] }, [['a'], ['b'], ['c'], ['d']], []],
    ['a cycle with a dependant', ['x', 'a', 'b'], { x: ['a'], a: ['b'], b: ['a'] }, [['a', 'b'], ['x']], [['a', 'b']]],
    ['a self-loop', ['a', 'b'], { a: ['a'], b: ['a'] }, [['a'], ['b']], [['a']]],
  ])('%s', (_, keys, edges, order, cycles) => {
    const components = dependencyOrder(keys, graph(edges));
    expect(components.map((c) => c.keys)).toEqual(order);
    expect(components.filter((c) => c.cycle).map((c) => c.keys)).toEqual(cycles);
  });

  it('finds the shortest way round a cycle', () => {
    const anchors = graph({ a: ['b', 'c'], b: ['c'], c: ['a'] });
    expect(cycleThrough('a', new Set(['a', 'b', 'c']), anchors)).toEqual(['a', 'c', 'a']);
    expect(cycleThrough('b', new Set(['a', 'b', 'c']), anchors)).toEqual(['b', 'c', 'a', 'b']);
  });
});
