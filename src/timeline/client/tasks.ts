/**
 * Work split into tasks: the browser may paint, and answer the reader, between any two of them.
 * A page's long tasks are what keeps it from answering (Lighthouse's total blocking time).
 */

/** Runs `steps` in order, each in a task of its own after the current one. */
export function inTasks(...steps: (() => void)[]): void {
  const [step, ...rest] = steps;
  if (!step) return;
  setTimeout(() => {
    step();
    inTasks(...rest);
  });
}
