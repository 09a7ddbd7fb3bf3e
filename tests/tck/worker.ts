// Child-process entry of the pool: runs the cases it is sent, one at a time, and reports each
// outcome. Runs in its own process so the parent can kill it when a query hangs.
import { loadEngineModule, newSession, type EngineModule } from './engine.ts';
import { runCase } from './runner.ts';
import type { WorkerRequest, WorkerResponse } from './pool.ts';

let engine: Promise<EngineModule> | undefined;

const send = (msg: WorkerResponse): void => {
  process.send!(msg);
};

process.on('message', async (req: WorkerRequest) => {
  engine ??= loadEngineModule();
  let mod: EngineModule;
  try {
    mod = await engine;
  } catch (e) {
    const reason = `engine module failed to load: ${e instanceof Error ? e.message : String(e)}`;
    send({ outcome: { key: req.case.key, status: 'crashed', reason: reason.split('\n')[0], ms: 0 } });
    return;
  }
  send({ outcome: runCase(req.case, req.kitDir, () => newSession(mod)) });
});
