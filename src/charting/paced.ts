// Passes on the latest of a stream of values at most once per interval: the first at once, then, while values
// keep coming, the newest one when the interval since the last has passed. Training curves redraw with it ~4
// times a second however often eight runs report, while a quiet chart still shows a new value without delay.

export interface PacingClock {
  now(): number;
  /** Calls `callback` after `ms`; returns a cancel. */
  after(ms: number, callback: () => void): () => void;
}

export class Paced<T> {
  private lastAt = -Infinity;
  private pending: { value: T } | null = null;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly interval: number,
    private readonly publish: (value: T) => void,
    private readonly clock: PacingClock,
  ) {}

  push(value: T): void {
    const wait = this.lastAt + this.interval - this.clock.now();
    if (wait <= 0 && !this.cancel) {
      this.send(value);
      return;
    }
    this.pending = { value };
    this.cancel ??= this.clock.after(Math.max(0, wait), () => {
      this.cancel = null;
      const next = this.pending;
      this.pending = null;
      if (next) this.send(next.value);
    });
  }

  /** Drops a value still waiting (the chart is going away). */
  dispose(): void {
    this.cancel?.();
    this.cancel = null;
    this.pending = null;
  }

  private send(value: T): void {
    this.lastAt = this.clock.now();
    this.publish(value);
  }
}
