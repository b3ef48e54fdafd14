/** Runs tasks that share a name one at a time in this page, for when Web Locks are missing. */
const localQueues = new Map<string, Promise<unknown>>();

function runLocally<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = localQueues.get(name) ?? Promise.resolve();
  const result = previous.then(task, task);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  localQueues.set(name, settled);
  void settled.then(() => {
    if (localQueues.get(name) === settled) localQueues.delete(name);
  });
  return result;
}

/**
 * Runs `task` while holding the named lock: across every tab and window of the origin when the
 * Web Locks API exists, and within this page otherwise. Callers must still be correct without
 * it (the lock saves duplicate work; transactions keep the data right).
 */
export function runExclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined) return runLocally(name, task);
  return locks.request(name, task);
}
