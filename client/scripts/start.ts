// `npm start`: build the client if client/dist is missing or stale, then run the server
// (server/main.ts), which serves client/dist at / and the API under /api.
import { ensureClientBuild } from "./ensureBuild.ts";

await ensureClientBuild();
await import("../../server/main.ts");
