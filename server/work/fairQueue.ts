// Jobs waiting for a worker, kept per client and handed out round-robin, so one client's burst
// waits behind its own jobs instead of everyone's, and a client already holding its share of
// workers is skipped until one of its jobs ends. Pure bookkeeping: no timers, no threads.
export class FairQueue<J extends { client: string }> {
  private readonly waiting = new Map<string, J[]>();
  private readonly runningBy = new Map<string, number>();
  private size = 0;

  get length(): number {
    return this.size;
  }

  waitingFor(client: string): number {
    return this.waiting.get(client)?.length ?? 0;
  }

  runningFor(client: string): number {
    return this.runningBy.get(client) ?? 0;
  }

  push(job: J): void {
    const list = this.waiting.get(job.client);
    if (list) list.push(job);
    else this.waiting.set(job.client, [job]);
    this.size++;
  }

  /** Removes a job that gave up waiting; false when it had already left the queue. */
  remove(job: J): boolean {
    const list = this.waiting.get(job.client);
    const i = list ? list.indexOf(job) : -1;
    if (i < 0) return false;
    list!.splice(i, 1);
    if (!list!.length) this.waiting.delete(job.client);
    this.size--;
    return true;
  }

  /** The next job of the first client (in turn) holding fewer than `perClient` workers; marks it running. */
  next(perClient: number): J | undefined {
    for (const [client, list] of this.waiting) {
      if (this.runningFor(client) >= perClient) continue;
      const job = list.shift()!;
      // Rotate: this client goes to the back of the line for its next job.
      this.waiting.delete(client);
      if (list.length) this.waiting.set(client, list);
      this.size--;
      this.runningBy.set(client, this.runningFor(client) + 1);
      return job;
    }
    return undefined;
  }

  /** A running job ended (answered, failed or was stopped). */
  done(client: string): void {
    const n = this.runningFor(client) - 1;
    if (n > 0) this.runningBy.set(client, n);
    else this.runningBy.delete(client);
  }
}
