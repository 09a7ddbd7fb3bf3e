// The runner's step semantics, checked against a scripted fake engine (the real engine is
// covered by tck.test.ts); the fake mutates a graphology graph so side effects are real.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { EngineSession } from "./engine.ts";
import { parseFeature } from "./gherkin.ts";
import { runCase } from "./runner.ts";
import { parseValue, type TckValue } from "./values.ts";

type Script = (graph: Graph, params: Record<string, TckValue>) => { columns: string[]; rows: string[][] };

class FakeCypherError extends Error {
  constructor(
    readonly errorType: string,
    readonly detail: string,
    readonly phase: string,
  ) {
    super(`${errorType}.${detail}`);
  }
}

function fakeSession(scripts: Record<string, Script>): () => EngineSession {
  return () => {
    const graph = new Graph({ multi: true, type: "directed" });
    return {
      graph,
      run(query, params) {
        const script = scripts[query.trim()];
        if (!script) throw new Error(`fake engine has no script for: ${query}`);
        const r = script(graph, params);
        return { columns: r.columns, rows: r.rows.map((row) => row.map(parseValue)) };
      },
    };
  };
}

function feature(body: string): string {
  return `Feature: F\n\n  Scenario: S\n${body.replace(/^/gm, "    ")}\n`;
}

function run(body: string, scripts: Record<string, Script>) {
  const [c] = parseFeature(feature(body), "clauses/x/F.feature");
  return runCase(c!, "/nonexistent", fakeSession(scripts));
}

const Q = (q: string) => `When executing query:\n  """\n  ${q}\n  """`;
const addNode = (g: Graph, key: string, labels: string[], properties: Record<string, unknown>) =>
  g.addNode(key, { labels, properties });
const returnsOne: Script = () => ({ columns: ["x"], rows: [["1"]] });

describe("TCK runner", () => {
  it("passes a matching result with no side effects", () => {
    const o = run(
      `Given any graph\n${Q("RETURN 1 AS x")}\nThen the result should be, in any order:\n  | x |\n  | 1 |\nAnd no side effects`,
      { "RETURN 1 AS x": returnsOne },
    );
    expect(o).toMatchObject({ status: "passed" });
  });

  it("fails on a wrong value, naming the difference", () => {
    const o = run(
      `Given any graph\n${Q("RETURN 1 AS x")}\nThen the result should be, in any order:\n  | x |\n  | 1.0 |`,
      { "RETURN 1 AS x": returnsOne },
    );
    expect(o.status).toBe("failed");
    expect(o.reason).toContain("missing | 1.0 |");
  });

  it("measures side effects from the graph, not from the engine", () => {
    const scripts: Record<string, Script> = {
      "CREATE (:A {v: 1})": (g) => {
        addNode(g, "n1", ["A"], { v: 1 });
        return { columns: [], rows: [] };
      },
      "SET n.v = 2": (g) => {
        g.setNodeAttribute("n1", "properties", { v: 2 });
        return { columns: [], rows: [] };
      },
    };
    const created = run(
      `Given an empty graph\n${Q("CREATE (:A {v: 1})")}\nThen the result should be empty\nAnd the side effects should be:\n  | +nodes | 1 |\n  | +labels | 1 |\n  | +properties | 1 |`,
      scripts,
    );
    expect(created).toMatchObject({ status: "passed" });
    const changed = run(
      `Given an empty graph\nAnd having executed:\n  """\n  CREATE (:A {v: 1})\n  """\n${Q("SET n.v = 2")}\nThen the result should be empty\nAnd the side effects should be:\n  | +properties | 1 |\n  | -properties | 1 |`,
      scripts,
    );
    expect(changed).toMatchObject({ status: "passed" });
    const unnoticed = run(
      `Given an empty graph\n${Q("CREATE (:A {v: 1})")}\nThen the result should be empty\nAnd no side effects`,
      scripts,
    );
    expect(unnoticed.status).toBe("failed");
    expect(unnoticed.reason).toContain("+nodes expected 0 got 1");
  });

  it("passes parameters as parsed TCK values", () => {
    let seen: TckValue | undefined;
    run(
      `Given any graph\nAnd parameters are:\n  | p | [1, 'a'] |\n${Q("RETURN $p AS x")}\nThen the result should be empty`,
      {
        "RETURN $p AS x": (_g, p) => {
          seen = p.p;
          return { columns: ["x"], rows: [] };
        },
      },
    );
    expect(seen).toEqual(parseValue("[1, 'a']"));
  });

  describe("expected errors", () => {
    const throwing = (e: Error): Record<string, Script> => ({
      "RETURN x": () => {
        throw e;
      },
    });
    const expectErr = (step: string, e: Error) => run(`Given any graph\n${Q("RETURN x")}\nThen ${step}`, throwing(e));

    it("accepts the expected type and detail", () => {
      expect(
        expectErr(
          "a SyntaxError should be raised at compile time: UndefinedVariable",
          new FakeCypherError("SyntaxError", "UndefinedVariable", "compile"),
        ).status,
      ).toBe("passed");
      expect(
        expectErr(
          "an ArgumentError should be raised at runtime: *",
          new FakeCypherError("ArgumentError", "Whatever", "runtime"),
        ).status,
      ).toBe("passed");
    });

    it("rejects another type or detail, an internal crash, and success", () => {
      expect(
        expectErr(
          "a SyntaxError should be raised at compile time: UndefinedVariable",
          new FakeCypherError("SemanticError", "UndefinedVariable", "compile"),
        ).status,
      ).toBe("failed");
      expect(
        expectErr(
          "a SyntaxError should be raised at compile time: UndefinedVariable",
          new FakeCypherError("SyntaxError", "VariableAlreadyBound", "compile"),
        ).status,
      ).toBe("failed");
      expect(
        expectErr("a TypeError should be raised at runtime: InvalidArgumentType", new TypeError("x is undefined"))
          .reason,
      ).toContain("internal error");
      const ok = run(`Given any graph\n${Q("RETURN 1 AS x")}\nThen a TypeError should be raised at runtime: *`, {
        "RETURN 1 AS x": returnsOne,
      });
      expect(ok.reason).toContain("query succeeded");
    });

    it("relaxes phase and unnamed details, recording them as notes", () => {
      const o = expectErr(
        "a SyntaxError should be raised at compile time: UndefinedVariable",
        new FakeCypherError("SyntaxError", "", "runtime"),
      );
      expect(o.status).toBe("passed");
      expect(o.notes).toEqual(["detail unnamed (expected UndefinedVariable)", "phase runtime (expected compile)"]);
    });

    it("fails when a failing query leaves changes behind", () => {
      const o = run(`Given any graph\n${Q("CREATE ()")}\nThen a TypeError should be raised at runtime: *`, {
        "CREATE ()": (g) => {
          addNode(g, "n1", [], {});
          throw new FakeCypherError("TypeError", "X", "runtime");
        },
      });
      expect(o.reason).toContain("changed the graph");
    });
  });

  it("fails a query error where a result was expected, and marks procedures unsupported by a session that cannot register them", () => {
    const o = run(`Given any graph\n${Q("RETURN x")}\nThen the result should be empty`, {
      "RETURN x": () => {
        throw new FakeCypherError("SyntaxError", "UndefinedVariable", "compile");
      },
    });
    expect(o.reason).toMatch(/^query failed: SyntaxError.UndefinedVariable/);
    const p = run(
      `Given any graph\nAnd there exists a procedure test.p() :: (x :: INTEGER?):\n  | x |\n  | 1 |\n${Q("CALL test.p()")}\nThen the result should be empty`,
      {},
    );
    expect(p.status).toBe("unsupported");
  });
});
