/** Runs jobs one at a time in the order given, so remote applies and local exports never interleave. */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  push(job: () => Promise<void>): Promise<void> {
    this.tail = this.tail.then(job).catch(this.onError);
    return this.tail;
  }

  /** Resolves once every job pushed so far (and any they pushed) has run. */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.tail) {
      seen = this.tail;
      await seen;
    }
  }
}
