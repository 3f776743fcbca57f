/**
 * Work done once per object: indexes of a case or a site, lookups made from them. Results are
 * held weakly, so they go with their object (a site `astro dev` loaded again, a case copied for
 * an edition gets its own).
 */

/** `compute`, remembered per argument: later calls with the same object get the first result. */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}
