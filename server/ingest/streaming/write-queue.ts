/**
 * Writes run one at a time, in the order given, while the caller prepares the next: `add` returns as soon as the
 * write before this one has finished (this one then runs while the caller goes on), `drain` when all are done.
 * After a failure nothing more starts, and `add` or `drain` throws it once the running write has settled, so a
 * failed load leaves no transaction behind.
 */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  async add(write: () => Promise<void>): Promise<void> {
    const before = this.tail;
    this.tail = before.then(async () => {
      if (this.failure) return;
      try {
        await write();
      } catch (error) {
        this.failure = { error };
      }
    });
    await before;
    if (this.failure) await this.drain();
  }

  async drain(): Promise<void> {
    await this.tail;
    if (this.failure) throw this.failure.error;
  }
}
