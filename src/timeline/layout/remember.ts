/**
 * A bounded memo for the timeline's functions of an instant (wall clocks, interval floors and
 * steps): results are kept by key, and the store is emptied once it holds more than `limit`, so
 * a reader zooming about a case for an hour cannot grow it without end.
 */

/** `compute`, remembering each result by its key; `compute` never returns undefined. */
export function remembering<K, V extends object | number | string>(compute: (key: K) => V, limit = 20_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size > limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
