// The server's configuration, parsed once from the environment with zod. Nothing else in
// server/ reads process.env: every module receives the typed Config (or the part it needs).
import { z } from "zod";

const intFrom = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const list = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

const EnvSchema = z
  .object({
    PORT: intFrom(3000, 0, 65535),
    // 127.0.0.1 rather than `localhost`: on some hosts `localhost` resolves to ::1 first, and a
    // server bound to one family is unreachable on the other. Bind explicitly; widen on purpose.
    HOST: z.string().min(1).default("127.0.0.1"),
    NEO4J_URI: z.string().min(1).optional(),
    NEO4J_USER: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().default(""),
    NEO4J_DATABASE: z.string().min(1).optional(),
    CYPHER_TIMEOUT_MS: intFrom(5000, 10, 600_000),
    CYPHER_MAX_ROWS: intFrom(10_000, 1, 10_000_000),
    CYPHER_MAX_VALUE_SIZE: intFrom(2_000_000, 1000, 1_000_000_000),
    CYPHER_WORKERS: intFrom(2, 1, 64),
    CYPHER_WORKERS_PER_CLIENT: z.coerce.number().int().min(1).max(64).optional(),
    // Below 64 MB a worker may not even load the engine, and a pool whose workers fail to start
    // stops replacing them.
    CYPHER_WORKER_HEAP_MB: intFrom(512, 64, 65_536),
    CYPHER_QUEUE_MAX: intFrom(32, 1, 100_000),
    ANALYSIS_RATE_POINTS: intFrom(600, 1, 10_000_000),
    HEADERS_TIMEOUT_MS: intFrom(10_000, 100, 600_000),
    REQUEST_TIMEOUT_MS: intFrom(30_000, 100, 3_600_000),
    KEEP_ALIVE_TIMEOUT_MS: intFrom(5_000, 100, 600_000),
    MAX_CONNECTIONS: intFrom(1_000, 1, 1_000_000),
    ANSWER_CACHE_BYTES: intFrom(64_000_000, 0, 16_000_000_000),
    RATE_LIMIT_WINDOW_MS: intFrom(60_000, 100, 86_400_000),
    RATE_LIMIT_MAX: intFrom(120, 1, 10_000_000),
    BODY_LIMIT: z.string().min(1).default("64kb"),
    CORS_ORIGINS: list,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    GRAPH_DATA_DIR: z.string().min(1).optional(),
  })
  .transform((e) => ({
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    cypher: { timeoutMs: e.CYPHER_TIMEOUT_MS, maxRows: e.CYPHER_MAX_ROWS, maxValueSize: e.CYPHER_MAX_VALUE_SIZE },
    pool: {
      threads: e.CYPHER_WORKERS,
      // One client may hold every worker but one (all of them only when there is just one).
      perClient: e.CYPHER_WORKERS_PER_CLIENT ?? Math.max(1, e.CYPHER_WORKERS - 1),
      queueMax: e.CYPHER_QUEUE_MAX,
      heapMb: e.CYPHER_WORKER_HEAP_MB,
      graceMs: 300,
    },
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, max: e.RATE_LIMIT_MAX, analysisPoints: e.ANALYSIS_RATE_POINTS },
    http: {
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.MAX_CONNECTIONS,
    },
    answerCacheBytes: e.ANSWER_CACHE_BYTES,
    bodyLimit: e.BODY_LIMIT,
    corsOrigins: e.CORS_ORIGINS,
    logLevel: e.LOG_LEVEL,
    graphDataDir: e.GRAPH_DATA_DIR,
  }));

export type Config = z.output<typeof EnvSchema>;
export type Neo4jConfig = NonNullable<Config["neo4j"]>;

export class ConfigError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  }
}

/** Parses the environment (or overrides, in tests); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  return result.data;
}
