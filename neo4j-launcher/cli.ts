/**
 * `npm run neo4j [-- --port N] [-- --password P]`: a throwaway Neo4j 5 Community on loopback.
 * Prints NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD with --password) on lines of their own once
 * Bolt accepts connections, then runs until Ctrl-C or SIGTERM, when it shuts Neo4j down and
 * deletes its temporary data directory.
 */
import { launch, LauncherError } from "./launch.ts";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

try {
  const started = Date.now();
  const port = option("--port");
  const neo4j = await launch({
    port: port === undefined ? 0 : Number(port),
    password: option("--password"),
    onStderr: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(`NEO4J_URI=${neo4j.uri}`);
  if (neo4j.user) console.log(`NEO4J_USER=${neo4j.user}`);
  if (neo4j.password) console.log(`NEO4J_PASSWORD=${neo4j.password}`);
  process.stderr.write(`Neo4j ready in ${Date.now() - started} ms; Ctrl-C stops it\n`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  neo4j.process.once("exit", (code) => process.exit(code ?? 1));
} catch (error) {
  if (!(error instanceof LauncherError)) throw error;
  console.error(error.message);
  process.exit(1);
}
