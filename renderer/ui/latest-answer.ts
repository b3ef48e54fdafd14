/**
 * Options as a function of the typed text: at once, or later as a promise. Answers can arrive out
 * of order; only the one to the latest question is handed on, so an earlier keystroke's slow answer
 * never replaces a newer one. `signal` aborts once the text has changed: a slow source may stop there.
 */
export type OptionSource<T> = (text: string, signal: AbortSignal) => readonly T[] | Promise<readonly T[]>;

export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Returns `take(answer)`. A promised answer is delivered when it settles, unless a later answer was
 * taken first; an answer given at once is the caller's to use, and only outdates the pending ones.
 */
export function latestAnswer<T>(deliver: (value: T) => void): (answer: T | Promise<T>) => void {
  let latest = 0;
  return (answer) => {
    latest += 1;
    const ticket = latest;
    if (!isPromise(answer)) return;
    answer.then(
      (value) => {
        if (ticket === latest) deliver(value);
      },
      // A failed look-up keeps the options already shown.
      () => undefined,
    );
  };
}
