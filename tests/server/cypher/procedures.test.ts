// Procedures and SHOW as Neo4j 5.26 answers them: expected values are the real Neo4j's answers on
// the same graph (columns, value shapes, errors).
import { describe, expect, it } from "vitest";
import { tableProcedure } from "../../../server/cypher/index.ts";
import { engineWith, errorOf, rows } from "./helpers.ts";

const GRAPH = "CREATE (:A:B {name: 'x', n: 1})-[:T {w: 1.5}]->(:C {name: 'y'}), (:A {flag: true})";
const sortRows = (r: unknown[][]) => r.map((x) => JSON.stringify(x)).sort();

describe("token procedures", () => {
  it("lists labels, relationship types and property keys in first-use order", () => {
    const e = engineWith(GRAPH);
    expect(e.run("CALL db.labels()").columns).toEqual(["label"]);
    expect(rows(e, "CALL db.labels()")).toEqual([["A"], ["B"], ["C"]]);
    expect(rows(e, "CALL db.relationshipTypes()")).toEqual([["T"]]);
    expect(rows(e, "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")).toEqual([
      ["name"],
      ["n"],
      ["w"],
      ["flag"],
    ]);
  });

  it("names the component and the Neo4j version whose dialect it speaks", () => {
    const r = engineWith().run("CALL dbms.components()");
    expect(r.columns).toEqual(["name", "versions", "edition"]);
    expect(rows(engineWith(), "CALL dbms.components()")).toEqual([["Neo4j Kernel", ["5.26.0"], "community"]]);
  });
});

describe("schema procedures", () => {
  it("gives each label set's properties with Neo4j's type names and whether every node has them", () => {
    const e = engineWith(`${GRAPH}, (:E), (:D {xs: [1, 2], s: ['a']})`);
    expect(e.run("CALL db.schema.nodeTypeProperties()").columns).toEqual([
      "nodeType",
      "nodeLabels",
      "propertyName",
      "propertyTypes",
      "mandatory",
    ]);
    expect(sortRows(rows(e, "CALL db.schema.nodeTypeProperties()"))).toEqual(
      sortRows([
        [":`C`", ["C"], "name", ["String"], true],
        [":`A`:`B`", ["A", "B"], "name", ["String"], true],
        [":`A`:`B`", ["A", "B"], "n", ["Long"], true],
        [":`A`", ["A"], "flag", ["Boolean"], true],
        [":`E`", ["E"], null, null, false],
        [":`D`", ["D"], "xs", ["LongArray"], true],
        [":`D`", ["D"], "s", ["StringArray"], true],
      ]),
    );
  });

  it("marks a property only some nodes of a label set have as not mandatory", () => {
    const e = engineWith("CREATE (:P {a: 1}), (:P {a: 'one', b: true})");
    expect(
      sortRows(rows(e, "CALL db.schema.nodeTypeProperties() YIELD propertyName, propertyTypes, mandatory RETURN *")),
    ).toEqual(
      sortRows([
        [false, "b", ["Boolean"]],
        [true, "a", ["Long", "String"]],
      ]),
    );
  });

  it("gives relationship types' properties", () => {
    expect(rows(engineWith(GRAPH), "CALL db.schema.relTypeProperties()")).toEqual([[":`T`", "w", ["Double"], true]]);
  });

  it("draws the schema as a virtual node per label and a relationship per label pair and type", () => {
    const [[nodes, rels]] = rows(engineWith(GRAPH), "CALL db.schema.visualization()") as [
      [{ labels: string[]; properties: unknown }[], { type: string; start: string; end: string }[]],
    ];
    expect(nodes.map((n) => n.labels)).toEqual([["A"], ["B"], ["C"]]);
    expect(nodes[0].properties).toEqual({ name: "A", indexes: [], constraints: [] });
    const name = (id: string) => nodes.find((n) => (n as unknown as { id: string }).id === id)!.labels[0];
    expect(rels.map((r) => `${name(r.start)}-${r.type}->${name(r.end)}`)).toEqual(["A-T->C", "B-T->C"]);
  });
});

describe("CALL inside a query", () => {
  it("yields renamed columns and filters them with WHERE", () => {
    expect(rows(engineWith(GRAPH), "CALL db.labels() YIELD label WHERE label <> 'A' RETURN count(*) AS c")).toEqual([
      [2],
    ]);
    expect(rows(engineWith(GRAPH), "CALL db.labels() YIELD label AS l WITH l WHERE l = 'A' RETURN l")).toEqual([["A"]]);
  });

  it("raises Neo4j's compile-time errors", () => {
    const e = engineWith(GRAPH);
    expect(errorOf(e, "CALL db.labels() YIELD x RETURN x").code).toMatch(/^SyntaxError\./);
    expect(errorOf(e, "MATCH (n) CALL db.labels() RETURN n").code).toMatch(/^SyntaxError\./);
    expect(errorOf(e, "CALL nope.x()").code).toBe("ProcedureError.ProcedureNotFound");
    expect(errorOf(e, "CALL db.labels() YIELD label AS l WHERE l = 'A'").code).toMatch(/^SyntaxError\./);
    expect(errorOf(e, "CALL db.labels(1)").code).toBe("SyntaxError.InvalidNumberOfArguments");
    expect(errorOf(e, "MATCH (label) CALL db.labels() YIELD label RETURN label").code).toBe(
      "SyntaxError.VariableAlreadyBound",
    );
  });

  it("takes a standalone call's arguments from parameters of the same names", () => {
    const e = engineWith();
    e.catalog.addProcedure(
      tableProcedure("geo.city(name :: STRING?) :: (city :: STRING?)", [
        { name: "Aktau", city: "port" },
        { name: "Astana", city: "capital" },
      ]),
    );
    expect(rows(e, "CALL geo.city", { name: "Astana" })).toEqual([["capital"]]);
    expect(errorOf(e, "CALL geo.city").code).toBe("ParameterMissing.MissingParameter");
  });
});

describe("SHOW PROCEDURES and SHOW FUNCTIONS", () => {
  it("returns Neo4j's default columns, and every column under YIELD *", () => {
    const e = engineWith();
    expect(e.run("SHOW PROCEDURES").columns).toEqual(["name", "description", "mode", "worksOnSystem"]);
    expect(e.run("SHOW FUNCTIONS").columns).toEqual(["name", "category", "description"]);
    expect(e.run("SHOW FUNCTIONS YIELD *").columns).toEqual([
      "name",
      "category",
      "description",
      "signature",
      "isBuiltIn",
      "argumentDescription",
      "returnDescription",
      "aggregating",
      "rolesExecution",
      "rolesBoostedExecution",
      "isDeprecated",
      "deprecatedBy",
    ]);
  });

  it("filters with YIELD and WHERE, and continues into RETURN", () => {
    const e = engineWith();
    expect(rows(e, "SHOW FUNCTIONS YIELD name, signature WHERE name STARTS WITH 'toL'")).toEqual([
      ["toLower", "toLower(input :: STRING) :: STRING"],
    ]);
    expect(rows(e, "SHOW PROCEDURES YIELD name WHERE name = 'db.labels' RETURN name")).toEqual([["db.labels"]]);
    const [[sig, args, ret]] = rows(
      e,
      "SHOW PROCEDURES YIELD name, signature, argumentDescription, returnDescription WHERE name = 'db.labels' RETURN signature, argumentDescription, returnDescription",
    );
    expect([sig, args]).toEqual(["db.labels() :: (label :: STRING)", []]);
    expect(ret).toEqual([{ name: "label", description: "", isDeprecated: false, type: "STRING" }]);
  });

  it("lists procedures registered on the engine", () => {
    const e = engineWith();
    e.catalog.addProcedure(tableProcedure("my.proc() :: (x :: INTEGER?)", []));
    expect(rows(e, "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'my.' RETURN name")).toEqual([["my.proc"]]);
  });
});
