// What crosses the thread boundary between the pool and its workers: the data a worker starts
// from, and its reply to a task (plain records only: structured clone drops class identity).
import type { SerializedGraph } from "graphology-types";
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import type { ErrorCode } from "../errors.ts";

export interface WorkerData {
  graph: SerializedGraph;
  documents: readonly SourceDocument[];
}

export type WorkerReply =
  { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string; details?: unknown } };
