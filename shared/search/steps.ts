/** Runs work written as steps (a generator yielding between them) to its end at once, and returns its answer. */
export function drain<T>(steps: Generator<void, T, void>): T {
  let next = steps.next();
  while (next.done !== true) next = steps.next();
  return next.value;
}
