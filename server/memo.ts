// A bounded memo of pending or settled answers: each key is computed once, at most `limit` keys
// and at most `maxBytes` of settled answers (as `weigh` measures them) are kept, the oldest
// leaving first, and a failure is forgotten so the next request retries. Used for the
// per-generation answer cache and the Neo4j store's fetched graph pieces.
interface Entry<T> {
  promise: Promise<T>;
  bytes: number;
}

export class PromiseMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(
    private readonly limit: number,
    private readonly maxBytes = Infinity,
    private readonly weigh: (value: T) => number = () => 0,
  ) {}

  get<U extends T>(key: string, compute: () => Promise<U>): Promise<U> {
    const hit = this.entries.get(key);
    if (hit) return hit.promise as Promise<U>;
    if (this.entries.size >= this.limit) this.delete(this.entries.keys().next().value!);
    const p = compute();
    const entry: Entry<T> = { promise: p, bytes: 0 };
    this.entries.set(key, entry);
    p.then(
      (value) => this.settled(key, entry, this.weigh(value)),
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    return p;
  }

  /** Bytes of the settled answers kept. */
  get size(): number {
    return this.bytes;
  }

  private settled(key: string, entry: Entry<T>, bytes: number): void {
    if (this.entries.get(key) !== entry) return;
    entry.bytes = bytes;
    this.bytes += bytes;
    // Oldest first; an answer larger than the whole budget is handed out but not kept.
    for (const k of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}
