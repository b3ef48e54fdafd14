/**
 * Writes one chunk of an import leaves running while the next chunk is built and sent: the page
 * clones the next rows while IndexedDB stores the last ones, instead of each waiting on the other.
 * Inside one transaction this keeps all-or-nothing: a failure is kept and rethrown by `settled`
 * (or by `after`), so the transaction's callback rejects and IndexedDB rolls every chunk back.
 * The first failure in time is the one reported: the requests after it fail only because the
 * transaction aborted.
 */
export class TrailingWrites {
  private readonly pending: Promise<void>[] = [];
  private failure: { error: unknown } | null = null;

  /** Leaves `write` running; a rejection is held until `after` or `settled`, never left unhandled. */
  add(write: Promise<unknown>): void {
    this.pending.push(
      write.then(
        () => undefined,
        (error: unknown) => this.fail(error),
      ),
    );
  }

  /** `next`'s result; if it fails, the earliest failure of every write so far. */
  async after<T>(next: Promise<T>): Promise<T> {
    try {
      return await next;
    } catch (error) {
      this.fail(error);
      await this.settled();
      throw error;
    }
  }

  /** Waits for every write left running; rejects with the earliest failure among them. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure !== null) throw this.failure.error;
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
  }
}
