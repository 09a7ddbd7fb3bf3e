// A pool worker: holds the embedded store rebuilt from the serialized graph it is handed at start,
// and answers one task at a time. Every failure comes back as a plain error record (class
// instances do not survive the thread boundary); the main thread turns it back into an AppError.
import { resourceLimits, workerData } from "node:worker_threads";
import { MultiDirectedGraph } from "graphology";
import { AppError } from "../errors.ts";
import { EmbeddedStore } from "../store/embedded/store.ts";
import type { StoreGraph } from "../graph/view.ts";
import { answer, type Task } from "./answers.ts";
import type { WorkerData, WorkerReply } from "./protocol.ts";

const data = workerData as WorkerData;
const store = new EmbeddedStore(MultiDirectedGraph.from(data.graph) as StoreGraph, data.documents);
// Queries stop cleanly at 70 % of this worker's heap ceiling: at the ceiling itself V8 may abort
// the whole process instead of letting the worker be terminated.
const maxHeapBytes = resourceLimits.maxOldGenerationSizeMb
  ? Math.floor(resourceLimits.maxOldGenerationSizeMb * 0.7 * 2 ** 20)
  : undefined;

// V8 refuses strings and arrays past its own size limits with a catchable RangeError; a stack
// overflow is one too. Both are the query's doing, so they are answered as such, not as a 500.
function fromRangeError(err: RangeError): WorkerReply {
  if (/call stack/i.test(err.message))
    return {
      ok: false,
      error: {
        code: "CypherError",
        message: "the query nests too deeply for the engine",
        details: { cypherCode: "NestingLimitExceeded" },
      },
    };
  return {
    ok: false,
    error: {
      code: "MemoryLimitExceeded",
      message: `the query built a value too large to hold (${err.message})`,
      details: { cypherCode: "MemoryLimitExceeded" },
    },
  };
}

export default async function run(task: Task): Promise<WorkerReply> {
  try {
    const guarded: Task =
      task.kind === "cypher"
        ? { ...task, input: { ...task.input, limits: { ...task.input.limits, maxHeapBytes } } }
        : task;
    return { ok: true, value: await answer(store, guarded) };
  } catch (err) {
    if (err instanceof AppError)
      return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
    if (err instanceof RangeError) return fromRangeError(err);
    return { ok: false, error: { code: "Internal", message: String((err as Error)?.stack ?? err) } };
  }
}
