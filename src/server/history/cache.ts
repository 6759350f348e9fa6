import type { ControlHistory } from './build.js';

/**
 * Built histories, keyed by organisation, window, control and the organisation's ledger head. Everything a
 * history shows is appended with a ledger entry, so while the head is unchanged the history is too: a new push
 * moves the head and the next request rebuilds. Bounded (least recently used out), per process.
 */
export class HistoryCache {
  private readonly entries = new Map<string, ControlHistory[]>();

  constructor(private readonly limit = 200) {}

  get(key: string): ControlHistory[] | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: ControlHistory[]): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
