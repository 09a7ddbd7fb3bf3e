// Where requests send work that can grow: on the embedded store, a worker pool (pool.ts) keeps it
// off the event loop under a hard deadline and a heap ceiling; on the Neo4j store the database
// does the work under its own transaction timeout, so tasks run in place. One interface for both.
import type { Config } from "../config.ts";
import { EmbeddedStore } from "../store/embedded/store.ts";
import type { GraphStore } from "../store/types.ts";
import { answer, type Task } from "./answers.ts";
import { WorkPool } from "./pool.ts";

export type { Task } from "./answers.ts";

export interface Work {
  /** Runs `task` on behalf of `client` (its address), within the configured time limit. */
  run(client: string, task: Task): Promise<unknown>;
  readonly stats: { threads: number; running: number; waiting: number };
  /** Resolves when the work can start at once (the pool's workers are up). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createWork(config: Config, store: GraphStore, onWorkerError?: (err: unknown) => void): Work {
  const timeoutMs = config.cypher.timeoutMs;
  if (store instanceof EmbeddedStore) {
    const pool = new WorkPool(config.pool, { graph: store.graph.export(), documents: store.documents }, onWorkerError);
    return {
      run: (client, task) => pool.run(client, task, timeoutMs),
      get stats() {
        return pool.stats;
      },
      ready: () => pool.ready(),
      close: () => pool.close(),
    };
  }
  return {
    run: (_client, task) => answer(store, task),
    stats: { threads: 0, running: 0, waiting: 0 },
    ready: async () => {},
    close: async () => {},
  };
}
