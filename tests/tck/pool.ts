// Runs cases in a few child processes with a hard per-case time limit. The engine is synchronous,
// so an infinite loop cannot be interrupted in-process; killing the worker is the only reliable
// way to keep one bad query from stalling the whole run.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TckCase } from './gherkin.ts';
import type { Outcome } from './runner.ts';

export interface WorkerRequest { kitDir: string; case: TckCase }
export interface WorkerResponse { outcome: Outcome }

export interface PoolOptions {
  kitDir: string;
  /** Hard wall-clock limit per case, including setup queries. */
  caseTimeoutMs?: number;
  workers?: number;
  onOutcome?: (o: Outcome, done: number, total: number) => void;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
// Workers are plain node processes; registering tsx's loader lets them import .ts directly,
// both under the tsx CLI and under vitest (which does not transform child processes).
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Slot { child: ChildProcess; busy?: { c: TckCase; timer: NodeJS.Timeout; t0: number } }

export async function runPool(cases: TckCase[], opts: PoolOptions): Promise<Outcome[]> {
  const timeoutMs = opts.caseTimeoutMs ?? 20_000;
  const nWorkers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), cases.length));
  const outcomes = new Map<string, Outcome>();
  let next = 0;

  return new Promise((resolve) => {
    const finish = (slot: Slot, o: Outcome): void => {
      if (!slot.busy) return;
      clearTimeout(slot.busy.timer);
      slot.busy = undefined;
      outcomes.set(o.key, o);
      opts.onOutcome?.(o, outcomes.size, cases.length);
      if (outcomes.size === cases.length) {
        for (const s of slots) s.child.kill();
        resolve(cases.map((c) => outcomes.get(c.key)!));
      } else {
        dispatch(slot);
      }
    };

    const spawn = (slot: Slot): void => {
      const child = fork(WORKER, [], {
        execArgv: ['--import', TSX_LOADER, '--max-old-space-size=2048'],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      slot.child = child;
      child.stderr?.resume(); // drain; engine debug output must not block the pipe
      // Ignore late messages of a replaced process and answers to a case it no longer owns.
      child.on('message', (msg: WorkerResponse) => {
        if (slot.child === child && msg.outcome.key === slot.busy?.c.key) finish(slot, msg.outcome);
      });
      child.on('error', () => {}); // a send to a dying child; its 'exit' handles the case
      child.on('exit', (code, signal) => {
        if (slot.child !== child || !slot.busy) return;
        const { c, t0 } = slot.busy;
        finish(slot, { key: c.key, status: 'crashed', reason: `worker exited (${signal ?? code}) while running the case`, ms: Math.round(performance.now() - t0) });
      });
    };

    const dispatch = (slot: Slot): void => {
      if (next >= cases.length) return;
      const c = cases[next++]!;
      if (slot.child.exitCode !== null || slot.child.signalCode !== null) spawn(slot);
      const t0 = performance.now();
      const timer = setTimeout(() => {
        slot.child.kill('SIGKILL');
        spawn(slot); // before finish(), so the next case goes to the fresh process
        finish(slot, { key: c.key, status: 'timeout', reason: `no result within ${timeoutMs} ms (worker killed)`, ms: timeoutMs });
      }, timeoutMs);
      slot.busy = { c, timer, t0 };
      slot.child.send({ kitDir: opts.kitDir, case: c } satisfies WorkerRequest);
    };

    if (cases.length === 0) return resolve([]);
    const slots: Slot[] = Array.from({ length: nWorkers }, () => ({}) as Slot);
    for (const s of slots) { spawn(s); dispatch(s); }
  });
}
