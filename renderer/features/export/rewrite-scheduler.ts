/**
 * When a kept-updated file is rewritten: a burst of changes (a bulk tag, an import) is written
 * once, after it settles for `quietMs`, but never later than `maxWaitMs` after its first change,
 * so a file always catches up within two seconds. One write at a time; identical text is not
 * written again.
 */
export interface RewriteSchedulerOptions {
  write: (text: string) => Promise<void>;
  onError: (error: unknown) => void;
  quietMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

export interface RewriteScheduler {
  /** The file's latest text; written once changes settle. */
  push(text: string): void;
  dispose(): void;
}

export const QUIET_MS = 500;
export const MAX_WAIT_MS = 1_500;

export function createRewriteScheduler({
  write,
  onError,
  quietMs = QUIET_MS,
  maxWaitMs = MAX_WAIT_MS,
  now = Date.now,
}: RewriteSchedulerOptions): RewriteScheduler {
  let latest: string | null = null;
  let written: string | null = null;
  let firstPendingAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing = false;
  let pushedWhileWriting = false;
  let disposed = false;

  const flush = async (): Promise<void> => {
    timer = null;
    if (disposed || writing || latest === null) return;
    firstPendingAt = null;
    const text = latest;
    if (text === written) return;
    writing = true;
    pushedWhileWriting = false;
    try {
      await write(text);
      written = text;
    } catch (error) {
      onError(error);
    } finally {
      writing = false;
    }
    // Changes that came while writing are written next, at once: they have waited already. A
    // failed write is tried again with the next change, not in a loop.
    if (!disposed && pushedWhileWriting) void flush();
  };

  return {
    push(text) {
      if (disposed) return;
      latest = text;
      const at = now();
      firstPendingAt ??= at;
      if (timer !== null) clearTimeout(timer);
      if (writing) {
        timer = null;
        pushedWhileWriting = true;
        return;
      }
      const delay = Math.max(0, Math.min(quietMs, firstPendingAt + maxWaitMs - at));
      timer = setTimeout(() => void flush(), delay);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
