/**
 * Admission control for costly requests: at most `concurrency` run at once in this process, the next
 * `queue` wait in arrival order, and the rest are turned away (the caller answers 503 with Retry-After).
 *
 * Why: a push holds its parsed payload (about 1 MB of objects for a 58 KB body) and a database connection from
 * the moment its body is read until it commits, and the organisation's ledger lock serialises the end of every
 * push anyway. Letting every connection in at once buys no throughput on a CPU-bound server: it keeps more
 * payloads alive across garbage collections (so they are promoted and collected again, in the old generation)
 * and more transactions queued on one lock. A request that waits here has not had its body read: it stays in
 * the socket's buffers, not in the heap.
 */
export class Admission {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
    if (!Number.isInteger(queue) || queue < 0)
      throw new RangeError(`queue must be a non-negative integer, not ${queue}`);
  }

  /** Requests running now and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  /**
   * Runs `task` when a slot is free; `undefined` (without running it) when the queue is full. The slot is
   * released when the task settles, whether it resolved or threw.
   */
  async run<T>(task: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.#running >= this.concurrency) {
      if (this.#waiting.length >= this.queue) return undefined;
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else this.#running++;
    try {
      return { value: await task() };
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so `running` never drops below the limit while any wait.
      if (next) next();
      else this.#running--;
    }
  }
}
