// A bounded memo of pending or settled answers: each key is computed once, at most `limit` keys
// are kept (the oldest leaves first), and a failure is forgotten so the next request retries.
// Used for the per-generation answer cache and the Neo4j store's fetched graph pieces.
export class PromiseMemo<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly limit: number) {}

  get<U extends T>(key: string, compute: () => Promise<U>): Promise<U> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<U>;
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    const p = compute();
    this.entries.set(key, p);
    p.catch(() => this.entries.delete(key));
    return p;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
