// Runs cases in a few child processes with a hard per-case time limit. The engine is synchronous,
// so an infinite loop cannot be interrupted in-process; killing the worker is the only reliable
// way to keep one bad query from stalling the whole run.
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TckCase } from "./gherkin.ts";
import type { Outcome } from "./runner.ts";

export interface WorkerRequest {
  kitDir: string;
  case: TckCase;
}
/** `ready` once after start-up (engine loaded), then one `outcome` per request. */
export type WorkerMessage = { ready: true } | { outcome: Outcome };

export interface PoolOptions {
  kitDir: string;
  /** Hard wall-clock limit per case, including its setup queries (not the worker's start-up). */
  caseTimeoutMs?: number;
  workers?: number;
  /** Worker entry module; tests substitute a scripted one. */
  workerModule?: string;
  onOutcome?: (o: Outcome, done: number, total: number) => void;
}

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
// Workers are plain node processes; registering tsx's loader lets them import .ts directly,
// both under the tsx CLI and under vitest (which does not transform child processes).
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
/** Workers that fail to start this many times in a row mean a broken setup, not a bad case. */
const MAX_STARTUP_FAILURES = 3;
/** A worker that is not ready by then (tsx transform + engine import) is replaced. */
const STARTUP_TIMEOUT_MS = 60_000;

interface Slot {
  child: ChildProcess;
  ready: boolean;
  startup?: NodeJS.Timeout;
  busy?: { c: TckCase; timer: NodeJS.Timeout; t0: number };
}

export function runPool(cases: TckCase[], opts: PoolOptions): Promise<Outcome[]> {
  const timeoutMs = opts.caseTimeoutMs ?? 20_000;
  const nWorkers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), cases.length));
  const outcomes = new Map<string, Outcome>();
  const slots: Slot[] = [];
  let next = 0;
  let startupFailures = 0;
  let settled = false;

  return new Promise((resolve, reject) => {
    if (cases.length === 0) return resolve([]);

    const stopAll = (): void => {
      settled = true;
      for (const s of slots) {
        if (s.busy) clearTimeout(s.busy.timer);
        clearTimeout(s.startup);
        s.child.kill("SIGKILL");
      }
    };

    const record = (slot: Slot, o: Outcome): void => {
      if (!slot.busy || settled) return;
      clearTimeout(slot.busy.timer);
      slot.busy = undefined;
      outcomes.set(o.key, o);
      opts.onOutcome?.(o, outcomes.size, cases.length);
      if (outcomes.size === cases.length) {
        stopAll();
        resolve(cases.map((c) => outcomes.get(c.key)!));
      }
    };

    const dispatch = (slot: Slot): void => {
      if (settled || !slot.ready || slot.busy || next >= cases.length) return;
      const c = cases[next++]!;
      const timer = setTimeout(() => {
        const o: Outcome = {
          key: c.key,
          status: "timeout",
          reason: `no result within ${timeoutMs} ms (worker killed)`,
          ms: timeoutMs,
        };
        record(slot, o);
        spawn(slot); // replaces (and kills) the stuck process; the next case waits for `ready`
      }, timeoutMs);
      slot.busy = { c, timer, t0: performance.now() };
      slot.child.send({ kitDir: opts.kitDir, case: c } satisfies WorkerRequest);
    };

    const spawn = (slot: Slot): void => {
      slot.child?.kill("SIGKILL");
      if (settled) return;
      const child = fork(opts.workerModule ?? WORKER, [], {
        execArgv: ["--import", TSX_LOADER, "--max-old-space-size=2048"],
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      slot.child = child;
      slot.ready = false;
      clearTimeout(slot.startup);
      slot.startup = setTimeout(
        () => startupFailed(slot, `not ready within ${STARTUP_TIMEOUT_MS} ms`),
        STARTUP_TIMEOUT_MS,
      );
      child.stderr?.resume(); // drain; engine debug output must not block the pipe
      child.on("error", () => {}); // e.g. a send to a dying child; its 'exit' handles the case
      child.on("message", (msg: WorkerMessage) => {
        if (slot.child !== child) return; // late message of a replaced process
        if ("ready" in msg) {
          clearTimeout(slot.startup);
          startupFailures = 0;
          slot.ready = true;
        } else if (msg.outcome.key === slot.busy?.c.key) {
          record(slot, msg.outcome);
        }
        dispatch(slot);
      });
      child.on("exit", (code, signal) => {
        if (slot.child !== child || settled) return;
        if (slot.busy) {
          const { c, t0 } = slot.busy;
          record(slot, {
            key: c.key,
            status: "crashed",
            reason: `worker exited (${signal ?? code}) while running the case`,
            ms: Math.round(performance.now() - t0),
          });
          spawn(slot);
        } else if (!slot.ready) {
          startupFailed(slot, `exited (${signal ?? code}) during start-up`);
        } else {
          spawn(slot);
        }
      });
    };

    const startupFailed = (slot: Slot, why: string): void => {
      if (settled) return;
      if (++startupFailures >= MAX_STARTUP_FAILURES) {
        stopAll();
        reject(new Error(`TCK worker failed to start ${MAX_STARTUP_FAILURES} times in a row (last: ${why})`));
      } else {
        spawn(slot);
      }
    };

    for (let i = 0; i < nWorkers; i++) {
      const slot = { ready: false } as Slot;
      slots.push(slot);
      spawn(slot);
    }
  });
}
