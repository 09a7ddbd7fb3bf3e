import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.ts";

describe("loadConfig", () => {
  it("defaults to port 3000 on 127.0.0.1 with the embedded store", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: "127.0.0.1", neo4j: undefined, corsOrigins: [] });
    expect(c.cypher.timeoutMs).toBeGreaterThan(0);
  });

  it("selects Neo4j when NEO4J_URI is set and parses the lists and limits", () => {
    const c = loadConfig({
      NEO4J_URI: "neo4j://db:7687",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "kz",
      CORS_ORIGINS: "https://a.example,https://b.example",
      CYPHER_MAX_ROWS: "50",
    });
    expect(c.neo4j).toEqual({ uri: "neo4j://db:7687", user: "neo4j", password: "secret", database: "kz" });
    expect(c.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
    expect(c.cypher.maxRows).toBe(50);
  });

  it("throws ConfigError naming each bad variable", () => {
    expect(() => loadConfig({ PORT: "http", LOG_LEVEL: "loud" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "http", LOG_LEVEL: "loud" });
    } catch (err) {
      expect((err as ConfigError).issues.map((i) => i.path).sort()).toEqual(["LOG_LEVEL", "PORT"]);
    }
  });
});
