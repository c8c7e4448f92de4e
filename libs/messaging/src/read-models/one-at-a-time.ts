/**
 * A task that runs once at a time. `join` shares the run under way, if any: for a caller that
 * only wants the task done. `after` promises a run that begins after the call, so that it sees
 * whatever the caller changed just before: a run under way may have read past it already. Callers
 * during one run share the single run queued behind it.
 */
export class OneAtATime<T> {
  private current?: Promise<T>;
  private queued?: Promise<T>;

  constructor(private readonly task: () => Promise<T>) {}

  join(): Promise<T> {
    this.current ??= this.task().finally(() => (this.current = undefined));
    return this.current;
  }

  after(): Promise<T> {
    if (!this.current) return this.join();
    const ended = this.current.then(() => undefined, () => undefined);
    this.queued ??= ended.then(() => {
      this.queued = undefined;
      return this.join();
    });
    return this.queued;
  }
}
