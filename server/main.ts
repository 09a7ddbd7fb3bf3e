// `npm start`: parse the configuration, load graph-data/, build the store (Neo4j when NEO4J_URI
// is set, loading the data into it first), serve the API and the client. Extend here, keep it short.
import { loadKnowledgeBase } from "../graph-data/load.ts";
import { loadConfig } from "./config.ts";
import { startServer } from "./server.ts";

const config = loadConfig();
const kb = loadKnowledgeBase(config.graphDataDir);
const running = await startServer(config, kb);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
