// Child-process entry of the pool: loads the engine, says `ready`, then runs the cases it is
// sent one at a time and reports each outcome. Runs in its own process so the parent can kill
// it when a query hangs.
import { loadEngineModule, newSession, type EngineModule } from "./engine.ts";
import { runCase } from "./runner.ts";
import type { WorkerMessage, WorkerRequest } from "./pool.ts";

const send = (msg: WorkerMessage): void => {
  process.send!(msg);
};

let mod: EngineModule | undefined;
let loadError = "";
try {
  mod = await loadEngineModule();
} catch (e) {
  // Reported per case rather than by dying, so the run still yields a complete (failing) report.
  loadError = `engine module failed to load: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`;
}

process.on("message", (req: WorkerRequest) => {
  send({
    outcome: mod
      ? runCase(req.case, req.kitDir, () => newSession(mod!))
      : { key: req.case.key, status: "crashed", reason: loadError, ms: 0 },
  });
});
send({ ready: true });
