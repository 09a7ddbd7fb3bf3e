/**
 * Builds (first run: Maven fetches Neo4j's jars, cached in ~/.m2 afterwards) and starts the
 * throwaway Neo4j of Launcher.java, resolving once it prints its connection lines. Used by
 * `npm run neo4j`, `.ci/run` and the benchmarks.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET = join(LAUNCHER_DIR, "target");
const CLASSES = join(TARGET, "classes", "kzexplorer", "Launcher.class");
const CLASSPATH = join(TARGET, "classpath.txt");
const ARGFILE = join(TARGET, "java-args");
const SOURCES = [join(LAUNCHER_DIR, "pom.xml"), join(LAUNCHER_DIR, "src/main/java/kzexplorer/Launcher.java")];

export class LauncherError extends Error {
  override name = "LauncherError";
}

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

export interface RunningNeo4j extends Neo4jConnection {
  process: ChildProcess;
  /** SIGTERM, then resolves when the JVM has shut the database down. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  port?: number;
  password?: string;
  /** Startup limit; the first run also downloads jars, which happens in build(), before it. */
  timeoutMs?: number;
  /** Where the JVM's own log lines go (Neo4j logs to its data directory, not here). */
  onStderr?: (line: string) => void;
}

/** The Java version the launcher needs, or an error naming what is missing. */
function requireTool(command: string, args: string[], name: string): void {
  const probe = spawnSync(command, args, { stdio: "ignore" });
  if (probe.error || probe.status !== 0) {
    throw new LauncherError(`${name} not found: the Neo4j launcher needs a JDK 17+ and Maven on PATH`);
  }
}

function isStale(): boolean {
  if (!existsSync(CLASSES) || !existsSync(CLASSPATH) || !existsSync(ARGFILE)) return true;
  // Maven leaves an unchanged classpath file untouched; the argument file is written every build.
  const built = Math.min(statSync(CLASSES).mtimeMs, statSync(ARGFILE).mtimeMs);
  return SOURCES.some((file) => statSync(file).mtimeMs > built);
}

/** Compiles the launcher and writes its classpath, unless an up-to-date build is there. */
export function build(log: (line: string) => void = () => {}): void {
  requireTool("java", ["-version"], "java");
  if (!isStale()) return;
  requireTool("mvn", ["-v"], "mvn");
  log("building the Neo4j launcher with Maven (the first run downloads Neo4j's jars)");
  const result = spawnSync(
    "mvn",
    [
      "-q",
      "-B",
      "-Dstyle.color=never",
      "-f",
      join(LAUNCHER_DIR, "pom.xml"),
      "compile",
      "dependency:build-classpath",
      `-Dmdep.outputFile=${CLASSPATH}`,
    ],
    // Maven's output goes to stderr: stdout carries only the connection lines.
    { stdio: ["ignore", 2, 2] },
  );
  if (result.status !== 0) throw new LauncherError(`Maven failed to build the Neo4j launcher (exit ${result.status})`);
  // An argument file keeps the long classpath off the command line (and out of `ps`).
  const classpath = [join(TARGET, "classes"), readFileSync(CLASSPATH, "utf8").trim()].join(":");
  writeFileSync(ARGFILE, `-cp ${JSON.stringify(classpath)}\n`);
}

/** Starts Neo4j; resolves with its connection once Bolt accepts connections. */
export async function launch(options: LaunchOptions = {}): Promise<RunningNeo4j> {
  build((line) => options.onStderr?.(line));
  const args = [
    // Neo4j's default heap is a quarter of the machine; tests and benchmarks need far less.
    "-Xms256m",
    "-Xmx2g",
    "-XX:+UseParallelGC",
    `@${ARGFILE}`,
    "kzexplorer.Launcher",
    "--port",
    String(options.port ?? 0),
  ];
  if (options.password) args.push("--password", options.password);
  const child = spawn("java", args, { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  createInterface({ input: child.stderr! }).on("line", (line) => options.onStderr?.(line));

  const connection = await new Promise<Neo4jConnection>((resolve, reject) => {
    const found: Partial<Neo4jConnection> = {};
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new LauncherError(`Neo4j did not start within ${options.timeoutMs ?? 120_000} ms`));
    }, options.timeoutMs ?? 120_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new LauncherError(`the Neo4j launcher exited (code ${code}) before it was ready`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const [key, ...rest] = line.split("=");
      const value = rest.join("=");
      if (key === "NEO4J_URI") found.uri = value;
      else if (key === "NEO4J_USER") found.user = value;
      else if (key === "NEO4J_PASSWORD") found.password = value;
      else if (line === "NEO4J_READY" && found.uri) {
        clearTimeout(timer);
        resolve(found as Neo4jConnection);
      }
    });
  });

  return {
    ...connection,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
