/**
 * The order relative times resolve in: every item after the items it is anchored to. Items
 * that depend on each other in a circle cannot be resolved and are returned together.
 */

/** A group of items: one item, or every item of a cycle. */
export interface Component {
  keys: string[];
  /** True when the items depend on each other (or one item on itself). */
  cycle: boolean;
}

/**
 * The strongly connected components of the "is anchored to" graph (Tarjan's algorithm), each
 * after every component it depends on. `anchors(key)` lists the known keys `key` depends on.
 * Items are visited in the order given, so the result is stable. The walk keeps its own stack
 * rather than recursing, so long chains of relative times cannot overflow the call stack.
 */
export function dependencyOrder(keys: readonly string[], anchors: (key: string) => readonly string[]): Component[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: Component[] = [];

  const enter = (key: string): Frame => {
    index.set(key, index.size);
    low.set(key, index.size - 1);
    stack.push(key);
    onStack.add(key);
    return { key, next: anchors(key), at: 0 };
  };

  for (const root of keys) {
    if (index.has(root)) continue;
    const walk: Frame[] = [enter(root)];
    while (walk.length > 0) {
      const frame = walk[walk.length - 1]!;
      const next = frame.next[frame.at++];
      if (next !== undefined) {
        if (!index.has(next)) walk.push(enter(next));
        else if (onStack.has(next)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(next)!));
        continue;
      }
      walk.pop();
      const parent = walk[walk.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) components.push(popComponent(frame.key));
    }
  }
  return components;

  function popComponent(key: string): Component {
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== key);
    return { keys: members.reverse(), cycle: members.length > 1 || anchors(key).includes(key) };
  }
}

/** A key being visited, and how far through its anchors the walk has got. */
interface Frame {
  key: string;
  next: readonly string[];
  at: number;
}

/**
 * The shortest way round a cycle from `start` back to itself, staying among `members`:
 * `['a', 'b', 'a']`. Breadth-first, so each item names the tightest loop it is part of.
 */
export function cycleThrough(start: string, members: ReadonlySet<string>, anchors: (key: string) => readonly string[]): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i]!;
    for (const next of anchors(key)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = key; at !== undefined && at !== start; at = previous.get(at)) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!previous.has(next)) {
        previous.set(next, key);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
