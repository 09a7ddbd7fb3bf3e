// The worker pool behind every request whose work can grow (user Cypher, paths, leverage, routes,
// neighbourhoods) on the embedded store. Each job has a hard deadline: waiting past it answers 503,
// running past it (plus a short grace for the engine's own budget to speak first) terminates the
// worker, which piscina replaces, and answers 408. A worker over its heap ceiling dies alone and
// the job answers 422. The queue is bounded, and no client holds more than its share of workers.
import { Piscina } from "piscina";
import { AppError, CypherQueryError } from "../errors.ts";
import type { Task } from "./answers.ts";
import { FairQueue } from "./fairQueue.ts";
import type { WorkerData, WorkerReply } from "./protocol.ts";

export interface PoolOptions {
  threads: number;
  /** Workers one client may hold at once. */
  perClient: number;
  /** Jobs waiting for a worker, all clients together; one client may fill at most a quarter. */
  queueMax: number;
  heapMb: number;
  /** How long past its deadline a running job may take before its worker is terminated. */
  graceMs: number;
}

interface Job {
  client: string;
  task: Task;
  deadline: number;
  timeoutMs: number;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  timer?: NodeJS.Timeout;
}

const overloaded = (message: string, timeoutMs: number) =>
  new AppError("Overloaded", message, { retryAfter: Math.max(1, Math.ceil(timeoutMs / 1000)) });

const timedOut = (timeoutMs: number) =>
  new CypherQueryError("QueryTimeout", `the request exceeded the time limit of ${timeoutMs} ms`, {
    cypherCode: "TimeLimitExceeded",
  });

export class WorkPool {
  private readonly piscina: Piscina<Task, WorkerReply>;
  private readonly queue = new FairQueue<Job>();
  private running = 0;
  private started?: Promise<void>;

  constructor(
    private readonly options: PoolOptions,
    data: WorkerData,
    onWorkerError: (err: unknown) => void = () => {},
  ) {
    this.piscina = new Piscina({
      filename: new URL("./boot.mjs", import.meta.url).href,
      // No inherited loader flags: boot.mjs registers the one TypeScript loader itself.
      execArgv: [],
      // One spare beyond the workers that may run at once: a worker terminated at a deadline takes
      // a while to be replaced (loading the engine and the graph), and the next request should
      // not spend its time limit waiting for that.
      minThreads: options.threads + 1,
      maxThreads: options.threads + 1,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      maxQueue: options.threads * 2,
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb, stackSizeMb: 4 },
      // Workers run at a lower CPU priority than the event loop (Linux nice is per thread), so a
      // saturated pool cannot starve the thread answering health checks and cached requests.
      niceIncrement: 10,
      workerData: data,
    });
    // A worker that dies with no task (out of memory while being terminated at a deadline) is
    // reported here; unheard, the 'error' event would end the process.
    this.piscina.on("error", onWorkerError);
  }

  /**
   * Resolves once the workers have loaded the engine and the graph: piscina counts its first
   * workers ready before they have, so one small query per worker (concurrent, so each goes to
   * an idle one) waits for them.
   */
  ready(): Promise<void> {
    const warm: Task = {
      kind: "cypher",
      input: { query: "RETURN 1 AS ready", params: {}, limits: { timeoutMs: 60_000, maxRows: 1 } },
    };
    this.started ??= Promise.all(Array.from({ length: this.options.threads + 1 }, () => this.piscina.run(warm))).then(
      () => undefined,
    );
    return this.started;
  }

  get stats() {
    return { threads: this.options.threads, running: this.running, waiting: this.queue.length };
  }

  /** Runs `task` for `client` within `timeoutMs` (queueing included). */
  run(client: string, task: Task, timeoutMs: number): Promise<unknown> {
    if (this.queue.length >= this.options.queueMax)
      return Promise.reject(overloaded("every worker is busy and the queue is full; retry later", timeoutMs));
    const perClientWaiting = Math.max(1, Math.floor(this.options.queueMax / 4));
    if (this.queue.waitingFor(client) >= perClientWaiting)
      return Promise.reject(overloaded("too many of your requests are waiting for a worker; retry later", timeoutMs));
    return new Promise((resolve, reject) => {
      const job: Job = { client, task, timeoutMs, deadline: Date.now() + timeoutMs, resolve, reject };
      job.timer = setTimeout(() => {
        if (this.queue.remove(job)) reject(overloaded("no worker became free within the time limit", timeoutMs));
      }, timeoutMs);
      this.queue.push(job);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.running < this.options.threads) {
      const job = this.queue.next(this.options.perClient);
      if (!job) return;
      clearTimeout(job.timer);
      this.running++;
      void this.start(job);
    }
  }

  private async start(job: Job): Promise<void> {
    const remaining = Math.max(1, job.deadline - Date.now());
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), remaining + this.options.graceMs);
    // The engine gets the time left, so its own budget answers first; the abort is the backstop.
    const task: Task =
      job.task.kind === "cypher"
        ? { kind: "cypher", input: { ...job.task.input, limits: { ...job.task.input.limits, timeoutMs: remaining } } }
        : job.task;
    try {
      const reply = await this.piscina.run(task, { signal: abort.signal });
      if (reply.ok) job.resolve(reply.value);
      // An unexpected failure stays a plain Error: the error handler logs it and answers a 500
      // without the worker's stack trace.
      else if (reply.error.code === "Internal") job.reject(new Error(reply.error.message));
      else job.reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
    } catch (err) {
      job.reject(this.workerFailure(err, job));
    } finally {
      clearTimeout(timer);
      this.running--;
      this.queue.done(job.client);
      this.dispatch();
    }
  }

  private workerFailure(err: unknown, job: Job): unknown {
    const e = err as { name?: string; code?: string } | null;
    if (e?.name === "AbortError") return timedOut(job.timeoutMs);
    if (e?.code === "ERR_WORKER_OUT_OF_MEMORY")
      return new CypherQueryError(
        "MemoryLimitExceeded",
        `the request needed more than the worker's ${this.options.heapMb} MB heap`,
        { cypherCode: "MemoryLimitExceeded" },
      );
    return err;
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
