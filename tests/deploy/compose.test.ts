// No Docker engine runs where the tests do, so docker-compose.yml and the Dockerfile are checked
// statically: the services, health gate, ports and environment the README promises, and an app
// environment our own configuration schema accepts as it stands.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";

const root = join(import.meta.dirname, "..", "..");
const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8")) as {
  services: Record<string, Record<string, unknown>>;
  volumes?: Record<string, unknown>;
};
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");

/** Compose's `${VAR:-default}` interpolation with nothing set in the environment. */
const interpolate = (v: string) => v.replace(/\$\{(\w+):-([^}]*)\}/g, (_m, _name, def: string) => def);

describe("docker-compose.yml", () => {
  const { neo4j, app } = compose.services as Record<string, Record<string, never>>;

  it("runs Neo4j 5 community with a data volume and a health check", () => {
    expect(neo4j).toBeDefined();
    expect(neo4j.image).toMatch(/^neo4j:5(\.\d+)*-community$/);
    expect(neo4j.volumes).toEqual(expect.arrayContaining([expect.stringMatching(/:\/data$/)]));
    expect(compose.volumes).toHaveProperty(String((neo4j.volumes as string[])[0]).split(":")[0]!);
    const health = neo4j.healthcheck as { test: string[] };
    expect(health.test.join(" ")).toContain("cypher-shell");
  });

  it("names the same Neo4j minor version as the launcher the tests run against", () => {
    const pom = readFileSync(join(root, "neo4j-launcher", "pom.xml"), "utf8");
    const pinned = /<neo4j\.version>(\d+\.\d+)\.\d+<\/neo4j\.version>/.exec(pom)?.[1];
    expect(pinned).toBe("5.26");
    expect(neo4j.image).toBe(`neo4j:${pinned}-community`);
  });

  it("starts the app once Neo4j is healthy, on port 3000, pointed at the neo4j service", () => {
    expect(app.build).toBe(".");
    expect(app.depends_on).toEqual({ neo4j: { condition: "service_healthy" } });
    expect(app.ports).toContain("3000:3000");
    const env = app.environment as Record<string, string>;
    expect(new URL(env.NEO4J_URI!).hostname).toBe("neo4j");
    // The app's password is the one Neo4j is started with.
    const auth = interpolate((neo4j.environment as Record<string, string>).NEO4J_AUTH!);
    expect(`${env.NEO4J_USER}/${interpolate(env.NEO4J_PASSWORD!)}`).toBe(auth);
  });

  it("gives the app an environment our configuration accepts, selecting the Neo4j store", () => {
    const env = Object.fromEntries(
      Object.entries(app.environment as Record<string, string>).map(([k, v]) => [k, interpolate(String(v))]),
    );
    const config = loadConfig(env);
    expect(config.neo4j?.uri).toBe("neo4j://neo4j:7687");
    expect(config).toMatchObject({ host: "0.0.0.0", port: 3000 });
  });
});

describe("Dockerfile", () => {
  it("installs from the lockfile on Node 20, builds the client and serves with npm start", () => {
    expect(dockerfile).toMatch(/^FROM node:20\b/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build\b/m);
    expect(dockerfile).toMatch(/^CMD \["npm", "start"\]/m);
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    const ignored = readFileSync(join(root, ".dockerignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["node_modules", "client/dist"]));
  });
});
