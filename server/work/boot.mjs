// Worker entry: registers tsx's TypeScript loader in this thread, then loads the worker itself.
// The pool starts workers with an empty execArgv, so this is the one loader registration whether
// the server runs under `npm start`, vitest or the benchmarks.
import { register } from "tsx/esm/api";

register();
const worker = await import("./worker.ts");
export default worker.default;
