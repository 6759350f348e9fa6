/**
 * Login rate limiting: at most `limit` failed attempts per key within `windowMs`; a success clears the key.
 * In memory, per process: enough for the single-process server (several processes would share a store).
 * Keys are bounded in number so a flood of distinct keys cannot exhaust memory.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { limit: number; windowMs: number; clock: () => Date; maxKeys?: number } = {
      limit: 5,
      windowMs: 15 * 60_000,
      clock: () => new Date(),
    },
  ) {}

  private recent(key: string): number[] {
    const since = this.options.clock().getTime() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until the key may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.limit) return 0;
    const oldest = recent[0] ?? 0;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - this.options.clock().getTime()) / 1000));
  }

  fail(key: string): void {
    if (!this.failures.has(key) && this.failures.size >= (this.options.maxKeys ?? 100_000)) {
      const first = this.failures.keys().next().value;
      if (first !== undefined) this.failures.delete(first);
    }
    this.failures.set(key, [...this.recent(key), this.options.clock().getTime()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
